import Vapor

/// The calendar of anniversaries, movements and their launch plans, registrations, pacts and exemplary models;
/// pages and API.
enum MovementRoutes {
    static func register(_ g: RouteGroups) {
        let (pages, heavy) = (g.pages, g.heavyPages)
        pages.get(SiteURL.calendar.pathComponents, use: CalendarController.show)
        pages.post(SiteURL.calendar.pathComponents, use: CalendarController.add)
        pages.post(SiteURL.anniversary(.key, .toggle).pathComponents, use: CalendarController.toggle)
        pages.get(SiteURL.movements.pathComponents, use: MovementController.index)
        pages.get(SiteURL.movementNew.pathComponents, use: MovementController.new)
        pages.post(SiteURL.movementNew.pathComponents, use: MovementController.create)
        pages.get(SiteURL.movement(.key).pathComponents, use: MovementController.show)
        pages.get(SiteURL.movement(.key, .edit).pathComponents, use: MovementController.edit)
        pages.post(SiteURL.movement(.key, .edit).pathComponents, use: MovementController.update)
        pages.post(SiteURL.movement(.key, .status).pathComponents, use: MovementController.advance)
        pages.post(SiteURL.movement(.key, .copy).pathComponents, use: MovementController.copy)
        pages.post(SiteURL.movement(.key, .results).pathComponents, use: MovementController.results)
        pages.post(SiteURL.movement(.key, .bulletinApproval).pathComponents, use: MovementController.approveBulletin)
        heavy.get(SiteURL.movement(.key, .plan).pathComponents, use: LaunchPlanController.plan)
        pages.get(SiteURL.documentSettings.pathComponents, use: LaunchPlanController.settings)
        pages.post(SiteURL.documentSettings.pathComponents, use: LaunchPlanController.save)
        pages.get(SiteURL.movement(.key, .registration).pathComponents, use: RegistrationController.show)
        pages.post(SiteURL.movement(.key, .registration).pathComponents, use: RegistrationController.submit)
        heavy.get(SiteURL.movement(.key, .registrationsExport).pathComponents, use: RegistrationController.export)
        pages.get(SiteURL.bloc(.key, .pact).pathComponents, use: PactController.show)
        pages.post(SiteURL.bloc(.key, .pact).pathComponents, use: PactController.save)
        pages.post(SiteURL.bloc(.key, .pactSign).pathComponents, use: PactController.sign)
        heavy.get(SiteURL.bloc(.key, .pactExport).pathComponents, use: PactController.export)
        pages.get(SiteURL.exemplaryModels.pathComponents, use: BulletinController.models)
        pages.post(SiteURL.exemplaryModels.pathComponents, use: BulletinController.createModel)
        pages.post(SiteURL.exemplaryModel(.key, .publish).pathComponents, use: BulletinController.publish)

        let api = g.secured
        let (movement, unit) = (RouteGroups.movement, RouteGroups.unit)
        api.get("anniversaries", use: MovementAPIController.anniversaries)
        api.get("movements", use: MovementAPIController.list)
        api.post("movements", use: MovementAPIController.create)
        api.get("movements", movement, use: MovementAPIController.show)
        api.put("movements", movement, use: MovementAPIController.update)
        api.post("movements", movement, "status", use: MovementAPIController.advance)
        api.get("movements", movement, "registrations", use: MovementAPIController.registrations)
        api.put("movements", movement, "registrations", unit, use: MovementAPIController.register)
    }
}
