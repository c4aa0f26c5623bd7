import Vapor

/// The public bulletin and its feed: no sign-in; the session only lets a signed-in user keep their menu.
enum BulletinRoutes {
    static func register(_ g: RouteGroups) {
        g.site.get(SiteURL.bulletin.pathComponents, use: BulletinController.show)
        g.site.get(SiteURL.bulletinMovement(.key).pathComponents, use: BulletinController.movement)
        g.site.get(SiteURL.bulletinModel(.key).pathComponents, use: BulletinController.model)
        g.app.get(SiteURL.bulletinFeed.pathComponents, use: BulletinController.feed)
    }
}
