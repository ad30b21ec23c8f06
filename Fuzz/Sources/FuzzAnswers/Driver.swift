import FuzzSupport

/// SwiftPM links an executable's `main` to `<Target>_main`: start libFuzzer from here.
@_cdecl("FuzzAnswers_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { fuzzAnswers($0, $1) }
}
