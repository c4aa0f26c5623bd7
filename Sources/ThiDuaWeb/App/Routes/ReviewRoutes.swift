import Vapor

/// A bloc's year-end review: the overview, the self-assessments with their evidence, the cross-scoring, the final
/// table, and the ballots.
enum ReviewRoutes {
    static func register(_ g: RouteGroups) {
        let pages = g.pages
        func bloc(_ page: SiteURL.Bloc) -> [PathComponent] { SiteURL.bloc(.key, page).pathComponents }
        func assessment(_ page: SiteURL.Assessment) -> [PathComponent] {
            SiteURL.bloc(.key, .assessment(.key, page)).pathComponents
        }
        func ballot(_ page: SiteURL.Ballot) -> [PathComponent] { SiteURL.ballot(.key, page).pathComponents }

        pages.get(bloc(.review), use: ReviewController.show)
        pages.get(bloc(.criteria), use: CriteriaController.show)
        pages.on(
            .POST, bloc(.criteria), body: .collect(maxSize: ByteCount(value: g.uploadLimit)),
            use: CriteriaController.upload)
        pages.get(bloc(.criteriaExport), use: CriteriaController.export)
        pages.post(bloc(.criteriaCopy), use: CriteriaController.copy)
        pages.post(bloc(.scoringOpen), use: CriteriaController.openScoring)
        pages.post(bloc(.reviewSettings), use: ReviewController.saveSettings)
        pages.post(bloc(.reviewAssign), use: ReviewController.assign)
        pages.post(bloc(.ballotNew), use: ReviewController.createBallot)
        pages.get(bloc(.reviewResults), use: ReviewResultsController.show)
        pages.post(bloc(.reviewDecide), use: ReviewResultsController.decide)
        pages.post(bloc(.reviewPublish), use: ReviewResultsController.publish)
        g.heavyPages.get(bloc(.reviewResultsExport), use: ReviewResultsController.export)
        g.heavyPages.get(bloc(.reviewMinutes), use: ReviewResultsController.minutes)
        pages.post(bloc(.reviewMeeting), use: ReviewController.recordMeeting)
        pages.post(bloc(.reviewNarrative), use: ReviewController.saveNarrative)
        g.heavyPages.get(bloc(.reviewReport), use: ReviewResultsController.report)

        pages.get(assessment(.show), use: AssessmentController.show)
        pages.post(assessment(.show), use: AssessmentController.save)
        pages.get(assessment(.evidence), use: AssessmentController.download)
        // A file of evidence: the body is collected up to the upload limit, the service refuses past 10 MB.
        pages.on(
            .POST, assessment(.evidence), body: .collect(maxSize: ByteCount(value: g.uploadLimit)),
            use: AssessmentController.upload)
        pages.post(assessment(.evidenceRemove), use: AssessmentController.removeEvidence)
        pages.post(assessment(.submit), use: AssessmentController.submit)
        pages.post(assessment(.sendBack), use: AssessmentController.sendBack)
        pages.post(assessment(.peerScore), use: AssessmentController.peerScore)

        pages.get(ballot(.show), use: BallotController.show)
        pages.post(ballot(.open), use: BallotController.open)
        pages.post(ballot(.close), use: BallotController.close)
        pages.post(ballot(.cast), use: BallotController.cast)
        pages.post(ballot(.paperCount), use: BallotController.paperCount)
        pages.post(ballot(.runoff), use: BallotController.runoff)
    }
}
