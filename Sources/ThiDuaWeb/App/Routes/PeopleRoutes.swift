import Vapor

/// People: list, form, detail, stop following, move to another unit; pages and API.
enum PeopleRoutes {
    static func register(_ g: RouteGroups) {
        let pages = g.pages
        pages.get(SiteURL.people.pathComponents, use: PersonController.index)
        pages.get(SiteURL.personNew.pathComponents, use: PersonController.new)
        pages.post(SiteURL.personNew.pathComponents, use: PersonController.create)
        pages.get(SiteURL.person(.key).pathComponents, use: PersonController.show)
        pages.get(SiteURL.person(.key, .edit).pathComponents, use: PersonController.edit)
        pages.post(SiteURL.person(.key, .edit).pathComponents, use: PersonController.update)
        pages.post(SiteURL.person(.key, .deactivate).pathComponents, use: PersonController.deactivate)
        pages.post(SiteURL.person(.key, .move).pathComponents, use: PersonController.move)

        let api = g.secured
        let person = RouteGroups.person
        api.get("people", use: PeopleAPIController.list)
        api.post("people", use: PeopleAPIController.create)
        api.get("people", person, use: PeopleAPIController.show)
        api.put("people", person, use: PeopleAPIController.update)
        api.post("people", person, "deactivate", use: PeopleAPIController.deactivate)
        api.post("people", person, "move", use: PeopleAPIController.move)
    }
}
