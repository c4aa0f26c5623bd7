import Vapor

/// Histories (ratings, initiatives, discipline, pending matters, awards), the organization's award codes and
/// the change log; pages and API.
enum HistoryRoutes {
    static func register(_ g: RouteGroups) {
        let pages = g.pages
        pages.get(SiteURL.person(.key, .historyNew).pathComponents, use: HistoryController.newForPerson)
        pages.post(SiteURL.person(.key, .historyNew).pathComponents, use: HistoryController.createForPerson)
        pages.get(SiteURL.unit(.key, .historyNew).pathComponents, use: HistoryController.newForUnit)
        pages.post(SiteURL.unit(.key, .historyNew).pathComponents, use: HistoryController.createForUnit)
        pages.get(SiteURL.historyEntry(.key, .edit).pathComponents, use: HistoryController.edit)
        pages.post(SiteURL.historyEntry(.key, .edit).pathComponents, use: HistoryController.update)
        pages.post(SiteURL.historyEntry(.key, .withdraw).pathComponents, use: HistoryController.withdraw)
        pages.post(SiteURL.historyEntry(.key, .restore).pathComponents, use: HistoryController.restore)
        pages.get(SiteURL.awardCodes.pathComponents, use: AwardCodeController.index)
        pages.post(SiteURL.awardCodes.pathComponents, use: AwardCodeController.create)
        pages.get(SiteURL.auditLog.pathComponents, use: AuditController.index)

        let api = g.secured
        let (person, unit, entry) = (RouteGroups.person, RouteGroups.unit, RouteGroups.entry)
        api.get("people", person, "history", use: HistoryAPIController.personHistory)
        api.post("people", person, "history", use: HistoryAPIController.addToPerson)
        api.get("units", unit, "history", use: HistoryAPIController.unitHistory)
        api.post("units", unit, "history", use: HistoryAPIController.addToUnit)
        api.put("history", entry, use: HistoryAPIController.update)
        api.post("history", entry, "withdraw", use: HistoryAPIController.withdraw)
        api.post("history", entry, "restore", use: HistoryAPIController.restore)
        api.get("award-codes", use: HistoryAPIController.codes)
        api.post("award-codes", use: HistoryAPIController.addCode)
        api.get("audit", use: HistoryAPIController.audit)
    }
}
