import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// Answers the preview's requests: GET and HEAD only; files of the site folder by a `RequestPath`
/// (never a path outside it); a folder's `index.html`; the site's `404.html` with status 404 for
/// anything else; the live-reload script and events. HTML pages get the script added as they are
/// sent (`LiveScript`), so the files on disk stay exactly what `seam build` writes.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The site folder served.
    let siteFolder: String
    let events: ReloadEvents

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "only GET and HEAD\n", extra: [.allow: "GET, HEAD"])
        }
        let head = request.method == .head
        switch RequestPath(request.head.path ?? "") {
        case .refused(.tooLong):
            return plain(.uriTooLong, "request target too long\n")
        case .refused(.badRequest):
            return plain(.badRequest, "bad request target\n")
        case .script:
            return file(LiveScript.bytes, type: "text/javascript; charset=utf-8", status: .ok, head: head)
        case .events:
            return eventStream(head: head)
        case .site(let path, let folder):
            switch lookUp(path) {
            case .file(let bytes):
                return file(bytes, type: ContentType.of(path), status: .ok, head: head)
            case .folder where folder:
                if case .file(let bytes) = lookUp(path.isEmpty ? "index.html" : path + "/index.html") {
                    return file(bytes, type: ContentType.types["html"]!, status: .ok, head: head)
                }
            case .folder:
                // `/terms` to `/terms/`, so that the page's relative links resolve.
                let target = request.head.path ?? "/"
                let pathPart = target.prefix { $0 != "?" }
                return Response(status: .movedPermanently,
                                headers: [.location: String(pathPart) + "/" + target.dropFirst(pathPart.count)])
            case .missing:
                break
            }
            return notFound(head: head)
        }
    }

    private enum Found {
        case file([UInt8])
        case folder
        case missing
    }

    /// The file or folder at `relative` in the site, not following a symbolic link at its end.
    private func lookUp(_ relative: String) -> Found {
        let path = relative.isEmpty ? siteFolder : siteFolder + "/" + relative
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return .missing }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .missing }
        if info.st_mode & S_IFMT == S_IFDIR { return .folder }
        guard info.st_mode & S_IFMT == S_IFREG else { return .missing }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            total += count
        }
        return .file(Array(bytes[..<total]))
    }

    /// The site's own 404 page, with status 404 (a bare page when the site has none yet, as
    /// before a first good build).
    private func notFound(head: Bool) -> Response {
        if case .file(let bytes) = lookUp("404.html") {
            return file(bytes, type: ContentType.types["html"]!, status: .notFound, head: head)
        }
        return file(Array("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body></body></html>\n".utf8),
                    type: ContentType.types["html"]!, status: .notFound, head: head)
    }

    private func file(_ bytes: [UInt8], type: String, status: HTTPResponse.Status, head: Bool) -> Response {
        let body = type.hasPrefix("text/html") ? LiveScript.injected(into: bytes) : bytes
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-cache", .contentLength: String(body.count)]
        headers[HTTPFields.Element.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `text/event-stream` until the page goes or the server stops.
    private func eventStream(head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-cache"]
        if head { return Response(status: .ok, headers: headers, body: ResponseBody()) }
        let stream = events.listen()
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await text in stream { try await writer.write(ByteBuffer(string: text)) }
            try await writer.finish(nil)
        })
    }
}
