import ThiDuaCore
import Vapor

/// The largest JSON body of the API, and of an eligibility request (its histories).
let apiBodyLimit = 1024 * 1024
let eligibilityBodyLimit = 4 * 1024 * 1024

/// Every route of the site and the API: the groups and their middleware here, then one file per feature under
/// `App/Routes/`, each with its pages and its API. Controllers stay thin: decode, call a use case, render.
func routes(_ app: Application) throws {
    app.get(SiteURL.stylesheet.pathComponents, use: HomeController.stylesheet)
    let groups = RouteGroups(app)
    for register in [
        AccountRoutes.register, OrganizationRoutes.register, PeopleRoutes.register, HistoryRoutes.register,
        ImportRoutes.register, MovementRoutes.register, BulletinRoutes.register, EligibilityRoutes.register,
        ReviewRoutes.register,
    ] {
        register(groups)
    }
}

/// The groups a feature registers its routes in, each with its middleware.
struct RouteGroups {
    let app: Application
    let uploadLimit: Int
    /// Pages open to anyone (the sign-in page, the public bulletin): session, CSRF on every POST (the body
    /// collected first, up to the upload limit), unsafe characters refused.
    let site: any RoutesBuilder
    /// Pages behind sign-in.
    let pages: any RoutesBuilder
    /// Pages that hold one of the heavy-job places while they run (exports, sweeps, documents).
    let heavyPages: any RoutesBuilder
    /// `/api/v1` with nothing in front (a route that sets its own limits).
    let apiRoot: any RoutesBuilder
    /// `/api/v1` with bodies up to `apiBodyLimit` and unsafe characters refused; bearer tokens, no cookies
    /// (so no CSRF).
    let api: any RoutesBuilder
    /// `api` with a valid token required.
    let secured: any RoutesBuilder

    init(_ app: Application) {
        self.app = app
        uploadLimit = app.settings.configuration.uploadLimitBytes
        site = app.grouped(
            app.sessions.middleware, SessionAccountAuthenticator(), CSRFMiddleware(maxBodyBytes: uploadLimit),
            UnsafeInputGuard(maxBodyBytes: uploadLimit))
        pages = site.grouped(RequireSignIn())
        heavyPages = pages.grouped(HeavyJob())
        apiRoot = app.grouped("api", "v1")
        api = apiRoot.grouped(UnsafeInputGuard(maxBodyBytes: apiBodyLimit))
        secured = api.grouped(BearerAccountAuthenticator(), RequireToken())
    }

    static let unit = PathComponent.parameter(SiteURL.unitKey)
    static let bloc = PathComponent.parameter(SiteURL.blocKey)
    static let person = PathComponent.parameter(SiteURL.personKey)
    static let entry = PathComponent.parameter(SiteURL.entryKey)
    static let movement = PathComponent.parameter(SiteURL.movementKey)
}
