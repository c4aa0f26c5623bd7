import Vapor

/// The eligibility engine: sweeps and their export, settings; the API's evaluation, sweep and subject checks.
enum EligibilityRoutes {
    static func register(_ g: RouteGroups) {
        g.heavyPages.get(SiteURL.eligibility.pathComponents, use: EligibilityController.sweep)
        g.heavyPages.get(SiteURL.eligibilityExport.pathComponents, use: EligibilityController.export)
        g.pages.get(SiteURL.eligibilitySettings.pathComponents, use: EligibilityController.settings)
        g.pages.post(SiteURL.eligibilitySettings.pathComponents, use: EligibilityController.saveSettings)
        g.pages.get(SiteURL.rewardSettings.pathComponents, use: RewardSettingsController.show)
        g.pages.post(SiteURL.rewardSettings.pathComponents, use: RewardSettingsController.save)

        // The histories the engine reads may be larger than other bodies, up to their own limit; the subjects
        // of one request are limited too (EligibilityRequest.maxSubjects).
        g.apiRoot.grouped(
            UnsafeInputGuard(maxBodyBytes: eligibilityBodyLimit), BearerAccountAuthenticator(), RequireToken(),
            HeavyJob()
        )
        .on(
            .POST, "eligibility", body: .collect(maxSize: ByteCount(value: eligibilityBodyLimit)),
            use: EligibilityAPIController.evaluate)
        let api = g.secured
        api.grouped(HeavyJob()).get("eligibility", "sweep", use: EligibilityAPIController.sweep)
        api.get("eligibility", "settings", use: EligibilityAPIController.settings)
        api.put("eligibility", "settings", use: EligibilityAPIController.saveSettings)
        api.get("people", RouteGroups.person, "eligibility", use: EligibilityAPIController.person)
        api.get("units", RouteGroups.unit, "eligibility", use: EligibilityAPIController.unit)
    }
}
