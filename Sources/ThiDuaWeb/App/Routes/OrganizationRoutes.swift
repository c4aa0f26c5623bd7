import Vapor

/// Units and blocs with their yearly membership: pages and API.
enum OrganizationRoutes {
    static func register(_ g: RouteGroups) {
        let pages = g.pages
        pages.get(SiteURL.units.pathComponents, use: UnitController.index)
        pages.get(SiteURL.unitNew.pathComponents, use: UnitController.new)
        pages.post(SiteURL.unitNew.pathComponents, use: UnitController.create)
        pages.get(SiteURL.unit(.key).pathComponents, use: UnitController.show)
        pages.get(SiteURL.unit(.key, .edit).pathComponents, use: UnitController.edit)
        pages.post(SiteURL.unit(.key, .edit).pathComponents, use: UnitController.update)
        pages.post(SiteURL.unit(.key, .deactivate).pathComponents, use: UnitController.deactivate)

        pages.get(SiteURL.blocs.pathComponents, use: BlocController.index)
        pages.get(SiteURL.blocNew.pathComponents, use: BlocController.new)
        pages.post(SiteURL.blocNew.pathComponents, use: BlocController.create)
        pages.get(SiteURL.bloc(.key).pathComponents, use: BlocController.show)
        pages.get(SiteURL.bloc(.key, .edit).pathComponents, use: BlocController.edit)
        pages.post(SiteURL.bloc(.key, .edit).pathComponents, use: BlocController.update)
        pages.post(SiteURL.bloc(.key, .deactivate).pathComponents, use: BlocController.deactivate)
        pages.post(SiteURL.bloc(.key, .members).pathComponents, use: BlocController.setMember)
        pages.post(SiteURL.bloc(.key, .copyYear).pathComponents, use: BlocController.copyYear)
        pages.post(SiteURL.bloc(.key, .memberRemove(.key)).pathComponents, use: BlocController.removeMember)
        pages.post(SiteURL.bloc(.key, .memberConfirm(.key)).pathComponents, use: BlocController.confirmMember)

        let api = g.secured
        let unit = RouteGroups.unit
        api.get("units", use: OrganizationAPIController.units)
        api.post("units", use: OrganizationAPIController.createUnit)
        api.get("units", unit, use: OrganizationAPIController.unit)
        api.put("units", unit, use: OrganizationAPIController.updateUnit)
        api.post("units", unit, "deactivate", use: OrganizationAPIController.deactivateUnit)

        let bloc = RouteGroups.bloc
        api.get("blocs", use: OrganizationAPIController.blocs)
        api.post("blocs", use: OrganizationAPIController.createBloc)
        api.get("blocs", bloc, use: OrganizationAPIController.bloc)
        api.put("blocs", bloc, use: OrganizationAPIController.updateBloc)
        api.post("blocs", bloc, "deactivate", use: OrganizationAPIController.deactivateBloc)
        api.get("blocs", bloc, "memberships", use: OrganizationAPIController.memberships)
        api.put("blocs", bloc, "memberships", use: OrganizationAPIController.setMembership)
        api.delete(
            "blocs", bloc, "memberships", .parameter(SiteURL.membershipKey),
            use: OrganizationAPIController.removeMembership)
    }
}
