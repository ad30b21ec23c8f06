import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `seam serve`'s HTTP server (Hummingbird) and the rebuild loop, run together until SIGINT or
/// SIGTERM, then stopped in order: the pages' event streams end, the watcher stops, the server
/// finishes the requests under way.
public struct PreviewServer: Sendable {
    public let preview: LivePreview
    public let host: String
    public let port: Int

    public init(preview: LivePreview, host: String = "127.0.0.1", port: Int = 8080) {
        self.preview = preview
        self.host = host
        self.port = port
    }

    /// Serves until stopped by a signal. `listening` hears the port bound (useful with port 0).
    public func run(listening: @escaping @Sendable (Int) -> Void) async throws {
        var logger = Logger(label: "seam-serve")
        logger.logLevel = .error
        let responder = PreviewResponder(siteFolder: preview.site.output, events: preview.events)
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in listening(channel.localAddress?.port ?? 0) },
            logger: logger)
        // Shut down in reverse order: the preview (which ends the event streams) before the server.
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: application), .init(service: preview)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
