import Vapor

/// Signing in and out, the home page, the sign-in locks; the API's token and account.
enum AccountRoutes {
    static func register(_ g: RouteGroups) {
        g.site.get(SiteURL.signIn.pathComponents, use: SignInController.show)
        g.site.post(SiteURL.signIn.pathComponents, use: SignInController.submit)
        g.pages.post(SiteURL.signOut.pathComponents, use: SignInController.signOut)
        g.pages.get(SiteURL.home.pathComponents, use: HomeController.show)
        g.pages.get(SiteURL.signInLocks.pathComponents, use: SignInLockController.index)
        g.pages.post(SiteURL.signInLocks.pathComponents, use: SignInLockController.unlock)

        g.api.get("openapi.json", use: OpenAPIDocument.serve)
        g.api.post("auth", "login", use: AuthAPIController.login)
        g.secured.post("auth", "logout", use: AuthAPIController.logout)
        g.secured.get("me", use: AuthAPIController.me)
    }
}
