import ThiDuaCore
import Vapor

/// Every route of the site and the API. Controllers stay thin: decode, call a use case, render.
func routes(_ app: Application) throws {
    app.get(SiteURL.stylesheet.pathComponents, use: HomeController.stylesheet)

    // Pages: session, CSRF on every POST, sign-in required except for the sign-in page itself.
    let site = app.grouped(app.sessions.middleware, SessionAccountAuthenticator(), CSRFMiddleware())
    site.get(SiteURL.signIn.pathComponents, use: SignInController.show)
    site.post(SiteURL.signIn.pathComponents, use: SignInController.submit)

    let pages = site.grouped(RequireSignIn())
    pages.post(SiteURL.signOut.pathComponents, use: SignInController.signOut)
    pages.get(SiteURL.home.pathComponents, use: HomeController.show)

    pages.get(SiteURL.units.pathComponents, use: UnitController.index)
    pages.get(SiteURL.unitNew.pathComponents, use: UnitController.new)
    pages.post(SiteURL.unitNew.pathComponents, use: UnitController.create)
    pages.get(SiteURL.unit(.key).pathComponents, use: UnitController.show)
    pages.get(SiteURL.unitEdit(.key).pathComponents, use: UnitController.edit)
    pages.post(SiteURL.unitEdit(.key).pathComponents, use: UnitController.update)
    pages.post(SiteURL.unitDeactivate(.key).pathComponents, use: UnitController.deactivate)

    pages.get(SiteURL.blocs.pathComponents, use: BlocController.index)
    pages.get(SiteURL.blocNew.pathComponents, use: BlocController.new)
    pages.post(SiteURL.blocNew.pathComponents, use: BlocController.create)
    pages.get(SiteURL.bloc(.key).pathComponents, use: BlocController.show)
    pages.get(SiteURL.blocEdit(.key).pathComponents, use: BlocController.edit)
    pages.post(SiteURL.blocEdit(.key).pathComponents, use: BlocController.update)
    pages.post(SiteURL.blocDeactivate(.key).pathComponents, use: BlocController.deactivate)
    pages.post(SiteURL.blocMembers(.key).pathComponents, use: BlocController.setMember)
    pages.post(SiteURL.blocCopyYear(.key).pathComponents, use: BlocController.copyYear)
    pages.post(SiteURL.blocMemberRemove(.key, .key).pathComponents, use: BlocController.removeMember)

    pages.get(SiteURL.people.pathComponents, use: PersonController.index)
    pages.get(SiteURL.personNew.pathComponents, use: PersonController.new)
    pages.post(SiteURL.personNew.pathComponents, use: PersonController.create)
    pages.get(SiteURL.person(.key).pathComponents, use: PersonController.show)
    pages.get(SiteURL.personEdit(.key).pathComponents, use: PersonController.edit)
    pages.post(SiteURL.personEdit(.key).pathComponents, use: PersonController.update)
    pages.post(SiteURL.personDeactivate(.key).pathComponents, use: PersonController.deactivate)
    pages.post(SiteURL.personMove(.key).pathComponents, use: PersonController.move)

    pages.get(SiteURL.personHistoryNew(.key).pathComponents, use: HistoryController.newForPerson)
    pages.post(SiteURL.personHistoryNew(.key).pathComponents, use: HistoryController.createForPerson)
    pages.get(SiteURL.unitHistoryNew(.key).pathComponents, use: HistoryController.newForUnit)
    pages.post(SiteURL.unitHistoryNew(.key).pathComponents, use: HistoryController.createForUnit)
    pages.get(SiteURL.historyEdit(.key).pathComponents, use: HistoryController.edit)
    pages.post(SiteURL.historyEdit(.key).pathComponents, use: HistoryController.update)
    pages.post(SiteURL.historyDelete(.key).pathComponents, use: HistoryController.delete)
    pages.get(SiteURL.awardCodes.pathComponents, use: AwardCodeController.index)
    pages.post(SiteURL.awardCodes.pathComponents, use: AwardCodeController.create)
    pages.get(SiteURL.auditLog.pathComponents, use: AuditController.index)
    pages.get(SiteURL.importData.pathComponents, use: ImportController.show)
    // Uploads may be larger than other bodies, up to the configured limit; their body is collected by the
    // route, after the middleware, so the handler checks the CSRF token itself.
    app.grouped(app.sessions.middleware, SessionAccountAuthenticator(), RequireSignIn())
        .on(.POST, SiteURL.importData.pathComponents,
            body: .collect(maxSize: ByteCount(value: app.settings.configuration.uploadLimitBytes)), use: ImportController.upload)
    pages.get(SiteURL.eligibility.pathComponents, use: EligibilityController.sweep)
    pages.get(SiteURL.eligibilityExport.pathComponents, use: EligibilityController.export)
    pages.get(SiteURL.eligibilitySettings.pathComponents, use: EligibilityController.settings)
    pages.post(SiteURL.eligibilitySettings.pathComponents, use: EligibilityController.saveSettings)
    pages.get(SiteURL.exportData("").pathComponents, use: ImportController.export)
    pages.get(SiteURL.importTemplate("").pathComponents, use: ImportController.template)

    // API: bearer tokens, no cookies (so no CSRF).
    let api = app.grouped("api", "v1")
    api.get("openapi.json", use: OpenAPIDocument.serve)
    api.post("auth", "login", use: AuthAPIController.login)
    let secured = api.grouped(BearerAccountAuthenticator(), RequireToken())
    secured.post("auth", "logout", use: AuthAPIController.logout)
    secured.get("me", use: AuthAPIController.me)

    let unit = PathComponent.parameter(SiteURL.unitKey)
    secured.get("units", use: OrganizationAPIController.units)
    secured.post("units", use: OrganizationAPIController.createUnit)
    secured.get("units", unit, use: OrganizationAPIController.unit)
    secured.put("units", unit, use: OrganizationAPIController.updateUnit)
    secured.post("units", unit, "deactivate", use: OrganizationAPIController.deactivateUnit)

    let bloc = PathComponent.parameter(SiteURL.blocKey)
    secured.get("blocs", use: OrganizationAPIController.blocs)
    secured.post("blocs", use: OrganizationAPIController.createBloc)
    secured.get("blocs", bloc, use: OrganizationAPIController.bloc)
    secured.put("blocs", bloc, use: OrganizationAPIController.updateBloc)
    secured.post("blocs", bloc, "deactivate", use: OrganizationAPIController.deactivateBloc)
    secured.get("blocs", bloc, "memberships", use: OrganizationAPIController.memberships)
    secured.put("blocs", bloc, "memberships", use: OrganizationAPIController.setMembership)
    secured.delete("blocs", bloc, "memberships", .parameter(SiteURL.membershipKey), use: OrganizationAPIController.removeMembership)

    let person = PathComponent.parameter(SiteURL.personKey)
    secured.get("people", use: PeopleAPIController.list)
    secured.post("people", use: PeopleAPIController.create)
    secured.get("people", person, use: PeopleAPIController.show)
    secured.put("people", person, use: PeopleAPIController.update)
    secured.post("people", person, "deactivate", use: PeopleAPIController.deactivate)
    secured.post("people", person, "move", use: PeopleAPIController.move)

    let entry = PathComponent.parameter(SiteURL.entryKey)
    secured.get("people", person, "history", use: HistoryAPIController.personHistory)
    secured.post("people", person, "history", use: HistoryAPIController.addToPerson)
    secured.get("units", unit, "history", use: HistoryAPIController.unitHistory)
    secured.post("units", unit, "history", use: HistoryAPIController.addToUnit)
    secured.put("history", entry, use: HistoryAPIController.update)
    secured.delete("history", entry, use: HistoryAPIController.delete)
    secured.get("award-codes", use: HistoryAPIController.codes)
    secured.post("award-codes", use: HistoryAPIController.addCode)
    secured.get("audit", use: HistoryAPIController.audit)

    // The histories the engine reads may be large: up to the upload limit.
    secured.on(.POST, "eligibility", body: .collect(maxSize: ByteCount(value: app.settings.configuration.uploadLimitBytes)),
               use: EligibilityAPIController.evaluate)
    secured.get("eligibility", "sweep", use: EligibilityAPIController.sweep)
    secured.get("eligibility", "settings", use: EligibilityAPIController.settings)
    secured.put("eligibility", "settings", use: EligibilityAPIController.saveSettings)
    secured.get("people", person, "eligibility", use: EligibilityAPIController.person)
    secured.get("units", unit, "eligibility", use: EligibilityAPIController.unit)
}
