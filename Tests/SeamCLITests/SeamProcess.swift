import Foundation
import SeamTestSupport

/// Runs the built `seam` binary and captures what it prints.
struct SeamProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, found from this file.
    static let repository = repositoryRoot

    /// `SEAM_BINARY`, or the debug build that `swift test` makes.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["SEAM_BINARY"] { return URL(fileURLWithPath: path) }
        return repository.appendingPathComponent(".build/debug/seam")
    }

    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil,
                    environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        // Standard error and the input are handled on other threads, so that a child filling one
        // pipe while the test drains another cannot deadlock.
        let errBox = DataBox()
        let errThread = Thread { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal() }
        errThread.start()
        let inputDone = DispatchSemaphore(value: 0)
        let writer = Thread {
            if let input { try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
            try? stdin.fileHandleForWriting.close()
            inputDone.signal()
        }
        writer.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errBox.done.wait()
        inputDone.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs seam with its output discarded and returns its peak resident memory in KB, from
    /// `wait4`, which reports on that one child.
    static func peakMemoryKB(_ arguments: [String], in directory: URL) throws -> Int {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The child changes folder (a shell that then execs seam in its place), not this process:
        // tests run in parallel threads.
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, binary.path] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return usage.ru_maxrss
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seam-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Data filled in by a reader thread.
final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
