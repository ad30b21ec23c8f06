import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `seam serve` end to end: the built binary on a free port, sent hostile requests over a raw
/// socket (a client library would clean the paths first), then edits that reload the page, an
/// error that shows and clears, and Ctrl-C.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `seam serve` on a starter knowledge base.
    final class Server {
        let process = Process()
        let directory: URL
        let port: Int
        private let errors = DataBox()
        /// The site folder, when started with `--output site`.
        var site: URL { directory.appendingPathComponent("site") }

        init(extraArguments: [String] = []) throws {
            directory = try SeamProcess.temporaryDirectory()
            _ = try SeamProcess.run(["init", "kb"], in: directory)
            process.executableURL = SeamProcess.binary
            process.arguments = ["serve", "--content", "kb", "--port", "0"] + extraArguments
            process.currentDirectoryURL = directory
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let errors = self.errors
            Thread { errors.data = err.fileHandleForReading.readDataToEndOfFile(); errors.done.signal() }.start()
            // "seam serve: serving http://127.0.0.1:PORT/ (Ctrl-C to stop)"
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let start = text.range(of: "http://"), let colon = text[start.upperBound...].firstIndex(of: ":"),
                  let port = Int(text[text.index(after: colon)...].prefix { $0.isNumber }) else {
                process.terminate()
                throw ServeTestError(text: "no address in \(text)")
            }
            self.port = port
        }

        /// Sends SIGINT and returns the exit status and what it printed on standard error.
        func interrupt() -> (Int32, String) {
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
            errors.done.wait()
            return (process.terminationStatus, String(decoding: errors.data, as: UTF8.self))
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    struct ServeTestError: Error { let text: String }

    /// A response read whole: status, headers (lowercased names), body.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// Sends `request` (raw bytes, `Connection: close` added) to 127.0.0.1:`port` and reads the
    /// reply until the server closes the connection, or until `until` appears in it.
    static func send(_ request: String, port: Int, until: String? = nil, timeout: Double = 10) throws -> Reply {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServeTestError(text: "cannot connect") }
        var seconds = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array((request + "Connection: close\r\n\r\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[..<count]
            if let until, String(decoding: received, as: UTF8.self).contains(until) { break }
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ServeTestError(text: "no reply to \(request.prefix(80)): \(text)") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    static func get(_ target: String, port: Int, method: String = "GET") throws -> Reply {
        try send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n", port: port)
    }

    @Test func hostileRequestsAreRefusedWithoutReadingOutside() throws {
        let server = try Server()
        let port = server.port
        // A file outside the site that a traversal would reach, and a link to it inside the site.
        let secret = server.directory.appendingPathComponent("secret.txt")
        try "SECRET-OUTSIDE".write(to: secret, atomically: true, encoding: .utf8)
        for target in ["/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
                       "/terms/..%2f..%2fsecret.txt", "/terms/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/%5c%5cetc",
                       "/index.html%00.txt", "/%00", "/terms/%ff%fe", "/%zz", "/terms/./entry.html", "relative.html"] {
            let reply = try Self.get(target, port: port)
            #expect(reply.status == 400, "\(target): \(reply.status)")
            #expect(!reply.body.contains("SECRET") && !reply.body.contains("root:"), "\(target)")
        }
        let long = try Self.get("/" + String(repeating: "a/", count: 2000), port: port)
        #expect(long.status == 414)
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let reply = try Self.get("/index.html", port: port, method: method)
            #expect(reply.status == 405, "\(method)")
            #expect(reply.headers["allow"] == "GET, HEAD")
        }
        let (status, log) = server.interrupt()
        #expect(status == 0, "\(log)")
    }

    @Test func servesTheSiteWithItsTypesFoldersAnd404() throws {
        let server = try Server(extraArguments: ["--output", "site"])
        let port = server.port
        let home = try Self.get("/", port: port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("<script src=\"/_seam/live.js\"></script>\n</body>"))
        let head = try Self.get("/index.html", port: port, method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == home.headers["content-length"])
        let folder = try Self.get("/guides?q=1", port: port)
        #expect(folder.status == 301 && folder.headers["location"] == "/guides/?q=1")
        let index = try Self.get("/guides/?q=1", port: port)
        #expect(index.status == 200 && index.body.contains("href=\"../guides/start-here.html\""))
        // A folder without an index page is not found.
        #expect(try Self.get("/terms/", port: port).status == 404)
        for (path, type) in [("/assets/seam.css", "text/css; charset=utf-8"), ("/assets/seam.js", "text/javascript; charset=utf-8"),
                             ("/assets/favicon.svg", "image/svg+xml"), ("/_seam/live.js", "text/javascript; charset=utf-8"),
                             ("/terms/entry.html", "text/html; charset=utf-8")] {
            let reply = try Self.get(path, port: port)
            #expect(reply.status == 200 && reply.headers["content-type"] == type, "\(path): \(reply.status) \(reply.headers)")
        }
        let missing = try Self.get("/terms/no-such-entry.html", port: port)
        #expect(missing.status == 404)
        let notFoundPage = try String(contentsOf: server.site.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(missing.body == notFoundPage.replacingOccurrences(of: "</body>", with: "<script src=\"/_seam/live.js\"></script>\n</body>"))
        _ = server.interrupt()
    }

    @Test func anEditReloadsTheOpenPagesAndAnErrorShowsUntilFixed() throws {
        let server = try Server()
        let port = server.port
        let entry = server.directory.appendingPathComponent("kb/terms/entry.md")
        let original = try String(contentsOf: entry, encoding: .utf8)
        let events = EventReader(port: port)
        try events.waitFor(": seam serve")
        try original.replacingOccurrences(of: "title: Entry", with: "title: Entry, edited").write(to: entry, atomically: true, encoding: .utf8)
        try events.waitFor("event: reload")
        #expect(try Self.get("/terms/entry.html", port: port).body.contains("Entry, edited"))
        try (original + "\nA [broken link](nowhere.md).\n").write(to: entry, atomically: true, encoding: .utf8)
        try events.waitFor("event: problems\ndata: kb/terms/entry.md:")
        #expect(try Self.get("/terms/entry.html", port: port).body.contains("Entry, edited"), "the last good page stays")
        try original.write(to: entry, atomically: true, encoding: .utf8)
        try events.waitFor("event: ok")
        let (status, log) = server.interrupt()
        #expect(status == 0)
        #expect(log.contains("kb/terms/entry.md:") && log.contains("still serving the last good site"), "\(log)")
        events.stop()
    }

    @Test func ctrlCStopsWithAPageOpenAndLeavesNothingBehind() throws {
        let server = try Server()
        let events = EventReader(port: server.port)
        try events.waitFor(": seam serve")
        let pid = server.process.processIdentifier
        let (status, log) = server.interrupt()
        #expect(status == 0, "\(log)")
        #expect(log.contains("seam serve: stopped"))
        let left = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("seam-serve-\(pid)-") }
        #expect(left.isEmpty, "\(left)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.directory.path).sorted() == ["kb"])
        events.stop()
    }

    @Test func anotherHostIsAnnounced() throws {
        let server = try Server(extraArguments: ["--host", "0.0.0.0"])
        let (_, log) = server.interrupt()
        #expect(log.contains("listening on 0.0.0.0, not only on this machine"), "\(log)")
    }

    /// Reads `/_seam/events` on a thread of its own.
    final class EventReader: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        private let socket: Int32

        init(port: Int) {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.socket = socket
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            let request = Array("GET /_seam/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
            _ = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                    if count <= 0 { break }
                    let chunk = String(decoding: buffer[..<count], as: UTF8.self)
                    lock.withLock { text += chunk }
                }
            }.start()
        }

        /// Waits (up to 20 s) until `expected` has arrived after what was waited for before.
        func waitFor(_ expected: String) throws {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                let found = lock.withLock { () -> Bool in
                    guard let range = text.range(of: expected) else { return false }
                    text = String(text[range.upperBound...])
                    return true
                }
                if found { return }
                usleep(10_000)
            }
            throw ServeTestError(text: "no \(expected.debugDescription) in \(lock.withLock { text })")
        }

        func stop() { shutdown(socket, Int32(SHUT_RDWR)); close(socket) }
    }
}
