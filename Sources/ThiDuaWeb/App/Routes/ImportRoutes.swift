import Vapor

/// Import, export and the empty templates.
enum ImportRoutes {
    static func register(_ g: RouteGroups) {
        g.pages.get(SiteURL.importData.pathComponents, use: ImportController.show)
        // The import takes its heavy-job place itself: its page streams on after the handler returns.
        g.pages.on(
            .POST, SiteURL.importData.pathComponents, body: .collect(maxSize: ByteCount(value: g.uploadLimit)),
            use: ImportController.upload)
        g.heavyPages.get(SiteURL.exportData("").pathComponents, use: ImportController.export)
        g.pages.get(SiteURL.importTemplate("").pathComponents, use: ImportController.template)
    }
}
