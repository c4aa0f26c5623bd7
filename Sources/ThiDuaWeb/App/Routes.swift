import ThiDuaCore
import Vapor

/// Every route of the site and the API. Controllers stay thin: decode, call a use case, render.
/// The largest JSON body of the API, and of an eligibility request (its histories).
let apiBodyLimit = 1024 * 1024
let eligibilityBodyLimit = 4 * 1024 * 1024

func routes(_ app: Application) throws {
    app.get(SiteURL.stylesheet.pathComponents, use: HomeController.stylesheet)

    // Pages: session, CSRF on every POST (the body collected first, up to the upload limit), sign-in required
    // except for the sign-in page itself.
    let uploadLimit = app.settings.configuration.uploadLimitBytes
    let site = app.grouped(
        app.sessions.middleware, SessionAccountAuthenticator(), CSRFMiddleware(maxBodyBytes: uploadLimit),
        UnsafeInputGuard(maxBodyBytes: uploadLimit))
    site.get(SiteURL.signIn.pathComponents, use: SignInController.show)
    site.post(SiteURL.signIn.pathComponents, use: SignInController.submit)
    // The public bulletin: no sign-in; the session only lets a signed-in user keep their menu.
    site.get(SiteURL.bulletin.pathComponents, use: BulletinController.show)
    site.get(SiteURL.bulletinMovement(.key).pathComponents, use: BulletinController.movement)
    site.get(SiteURL.bulletinModel(.key).pathComponents, use: BulletinController.model)
    app.get(SiteURL.bulletinFeed.pathComponents, use: BulletinController.feed)

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
    pages.post(SiteURL.blocMemberConfirm(.key, .key).pathComponents, use: BlocController.confirmMember)

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
    pages.post(SiteURL.historyWithdraw(.key).pathComponents, use: HistoryController.withdraw)
    pages.post(SiteURL.historyRestore(.key).pathComponents, use: HistoryController.restore)
    pages.get(SiteURL.awardCodes.pathComponents, use: AwardCodeController.index)
    pages.post(SiteURL.awardCodes.pathComponents, use: AwardCodeController.create)
    pages.get(SiteURL.auditLog.pathComponents, use: AuditController.index)
    pages.get(SiteURL.importData.pathComponents, use: ImportController.show)
    // The import takes its heavy-job place itself: its page streams on after the handler returns.
    pages.on(
        .POST, SiteURL.importData.pathComponents, body: .collect(maxSize: ByteCount(value: uploadLimit)),
        use: ImportController.upload)
    let heavyPages = pages.grouped(HeavyJob())
    pages.get(SiteURL.calendar.pathComponents, use: CalendarController.show)
    pages.post(SiteURL.calendar.pathComponents, use: CalendarController.add)
    pages.post(SiteURL.anniversaryToggle(.key).pathComponents, use: CalendarController.toggle)
    pages.get(SiteURL.movements.pathComponents, use: MovementController.index)
    pages.get(SiteURL.movementNew.pathComponents, use: MovementController.new)
    pages.post(SiteURL.movementNew.pathComponents, use: MovementController.create)
    pages.get(SiteURL.movement(.key).pathComponents, use: MovementController.show)
    pages.get(SiteURL.movementEdit(.key).pathComponents, use: MovementController.edit)
    pages.post(SiteURL.movementEdit(.key).pathComponents, use: MovementController.update)
    pages.post(SiteURL.movementStatus(.key).pathComponents, use: MovementController.advance)
    pages.post(SiteURL.movementCopy(.key).pathComponents, use: MovementController.copy)
    pages.post(SiteURL.movementResults(.key).pathComponents, use: MovementController.results)
    pages.post(SiteURL.movementBulletinApproval(.key).pathComponents, use: MovementController.approveBulletin)
    heavyPages.get(SiteURL.movementPlan(.key).pathComponents, use: LaunchPlanController.plan)
    pages.get(SiteURL.documentSettings.pathComponents, use: LaunchPlanController.settings)
    pages.post(SiteURL.documentSettings.pathComponents, use: LaunchPlanController.save)
    pages.get(SiteURL.movementRegistration(.key).pathComponents, use: RegistrationController.show)
    pages.post(SiteURL.movementRegistration(.key).pathComponents, use: RegistrationController.submit)
    heavyPages.get(SiteURL.movementRegistrationsExport(.key).pathComponents, use: RegistrationController.export)
    pages.get(SiteURL.pact(.key).pathComponents, use: PactController.show)
    pages.post(SiteURL.pact(.key).pathComponents, use: PactController.save)
    pages.post(SiteURL.pactSign(.key).pathComponents, use: PactController.sign)
    heavyPages.get(SiteURL.pactExport(.key).pathComponents, use: PactController.export)
    pages.get(SiteURL.exemplaryModels.pathComponents, use: BulletinController.models)
    pages.post(SiteURL.exemplaryModels.pathComponents, use: BulletinController.createModel)
    pages.post(SiteURL.exemplaryModelPublish(.key).pathComponents, use: BulletinController.publish)
    heavyPages.get(SiteURL.eligibility.pathComponents, use: EligibilityController.sweep)
    heavyPages.get(SiteURL.eligibilityExport.pathComponents, use: EligibilityController.export)
    pages.get(SiteURL.eligibilitySettings.pathComponents, use: EligibilityController.settings)
    pages.post(SiteURL.eligibilitySettings.pathComponents, use: EligibilityController.saveSettings)
    pages.get(SiteURL.signInLocks.pathComponents, use: SignInLockController.index)
    pages.post(SiteURL.signInLocks.pathComponents, use: SignInLockController.unlock)
    heavyPages.get(SiteURL.exportData("").pathComponents, use: ImportController.export)
    pages.get(SiteURL.importTemplate("").pathComponents, use: ImportController.template)

    // API: bearer tokens, no cookies (so no CSRF). Bodies up to 1 MB, except the eligibility request's.
    let apiRoot = app.grouped("api", "v1")
    let api = apiRoot.grouped(UnsafeInputGuard(maxBodyBytes: apiBodyLimit))
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
    secured.delete(
        "blocs", bloc, "memberships", .parameter(SiteURL.membershipKey), use: OrganizationAPIController.removeMembership
    )

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
    secured.post("history", entry, "withdraw", use: HistoryAPIController.withdraw)
    secured.post("history", entry, "restore", use: HistoryAPIController.restore)
    secured.get("award-codes", use: HistoryAPIController.codes)
    secured.post("award-codes", use: HistoryAPIController.addCode)
    secured.get("audit", use: HistoryAPIController.audit)

    // The histories the engine reads may be larger than other bodies, up to their own limit; the subjects
    // of one request are limited too (EligibilityRequest.maxSubjects).
    apiRoot.grouped(
        UnsafeInputGuard(maxBodyBytes: eligibilityBodyLimit), BearerAccountAuthenticator(), RequireToken(), HeavyJob()
    )
    .on(
        .POST, "eligibility", body: .collect(maxSize: ByteCount(value: eligibilityBodyLimit)),
        use: EligibilityAPIController.evaluate)
    secured.grouped(HeavyJob()).get("eligibility", "sweep", use: EligibilityAPIController.sweep)
    secured.get("eligibility", "settings", use: EligibilityAPIController.settings)
    secured.put("eligibility", "settings", use: EligibilityAPIController.saveSettings)
    secured.get("people", person, "eligibility", use: EligibilityAPIController.person)
    secured.get("units", unit, "eligibility", use: EligibilityAPIController.unit)

    let movement = PathComponent.parameter(SiteURL.movementKey)
    secured.get("anniversaries", use: MovementAPIController.anniversaries)
    secured.get("movements", use: MovementAPIController.list)
    secured.post("movements", use: MovementAPIController.create)
    secured.get("movements", movement, use: MovementAPIController.show)
    secured.put("movements", movement, use: MovementAPIController.update)
    secured.post("movements", movement, "status", use: MovementAPIController.advance)
    secured.get("movements", movement, "registrations", use: MovementAPIController.registrations)
    secured.put("movements", movement, "registrations", unit, use: MovementAPIController.register)
}
