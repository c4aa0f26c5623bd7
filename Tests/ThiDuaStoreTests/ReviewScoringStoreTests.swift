import Foundation
import Testing
import ThiDuaCore
import ThiDuaTestSupport

@testable import ThiDuaStore

/// The review's scoring on both databases: self-assessment with evidence, its deadline and return, who sees what
/// before and after publication, the cross-scoring, the secretary's decisions and the final table.
@Suite struct ReviewScoringStoreTests {
    struct Review {
        var w: MovementStoreTests.World
        var members: [OrgUnit]
        func officer(_ unit: OrgUnit) -> Account {
            Account(
                username: "cb-" + unit.code.lowercased(), displayName: unit.name, role: .unitOfficer, unitID: unit.id)
        }
        var year: Int { 2022 }
        var bloc: UUID { w.bloc.id }
    }

    static let pdf = Data("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)

    /// The 2022 review with the two-line table, scoring open; the deadline is 31/12/2022.
    static func review(_ store: FluentDataStore, settings: ReviewSettings? = nil) async throws -> Review {
        let w = try await MovementStoreTests.world(store)
        let members = try await store.blocs.members(of: w.bloc.id, year: 2022).map(\.unit).sorted { $0.code < $1.code }
        let criteria = ReviewCriteriaService(store: store, account: w.secretary)
        let saved = try await criteria.save(
            bloc: w.bloc.id, year: 2022, set: ReviewCriteriaStoreTests.table, version: 0)
        _ = try await criteria.openScoring(bloc: w.bloc.id, year: 2022, version: saved.version)
        _ = try await ReviewService(store: store, account: w.secretary).saveSettings(
            bloc: w.bloc.id, year: 2022,
            settings ?? ReviewSettings(deadline: LocalDate(year: 2022, month: 12, day: 31), margin: 500),
            version: 0)
        return Review(w: w, members: members)
    }

    static func message(_ e: DomainError?) -> String { e?.message ?? "" }

    /// Self-scores a unit (1.1 and 1.2) with a file on 1.2 and submits it on 15/12/2022.
    static func assess(_ r: Review, _ unit: OrgUnit, _ a: Int, _ b: Int, store: FluentDataStore) async throws {
        let s = AssessmentService(store: store, account: r.officer(unit))
        var x = try await s.save(
            bloc: r.bloc, year: r.year, unit: unit.id,
            lines: [AssessmentLineInput(code: "1.1", points: a), AssessmentLineInput(code: "1.2", points: b)],
            version: 0)
        x = try await s.attach(
            bloc: r.bloc, year: r.year, unit: unit.id, code: "1.2", data: pdf, filename: "bao-cao.pdf",
            version: x.version)
        _ = try await s.submit(
            bloc: r.bloc, year: r.year, unit: unit.id, version: x.version,
            today: LocalDate(year: 2022, month: 12, day: 15)!)
    }

    @Test(arguments: DatabaseKind.available)
    func anOfficerAssessesTheirUnitAndBadInputWritesNothing(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let r = try await Self.review(t.store)
            let (a, b) = (r.members[0], r.members[1])
            let mine = AssessmentService(store: t.store, account: r.officer(a))
            let lines = [AssessmentLineInput(code: "1.1", points: 3500, explanation: "Có kế hoạch")]
            // MUT
            let other = await #expect(throws: DomainError.self) {
                try await AssessmentService(store: t.store, account: r.officer(b)).save(
                    bloc: r.bloc, year: r.year, unit: a.id, lines: lines, version: 0)
            }
            let tooHigh = await #expect(throws: DomainError.self) {
                try await mine.save(
                    bloc: r.bloc, year: r.year, unit: a.id,
                    lines: lines + [AssessmentLineInput(code: "1.2", points: 6001)], version: 0)
            }
            let nothing = try await t.store.assessments.find(bloc: r.bloc, year: r.year, unit: a.id)
            var x = try await mine.save(bloc: r.bloc, year: r.year, unit: a.id, lines: lines, version: 0)
            x = try await mine.save(
                bloc: r.bloc, year: r.year, unit: a.id, lines: [AssessmentLineInput(code: "1.2", points: 5000)],
                version: x.version)
            let wrongType = await #expect(throws: DomainError.self) {
                try await mine.attach(
                    bloc: r.bloc, year: r.year, unit: a.id, code: "1.2", data: Data("MZ\u{90}\u{0}".utf8),
                    filename: "bao-cao.pdf", version: 2)
            }
            let tooLarge = await #expect(throws: DomainError.self) {
                try await mine.attach(
                    bloc: r.bloc, year: r.year, unit: a.id, code: "1.2",
                    data: Self.pdf + Data(count: EvidenceFile.maxBytes), filename: "lon.pdf", version: 2)
            }
            let noEvidence = await #expect(throws: DomainError.self) {
                try await mine.submit(bloc: r.bloc, year: r.year, unit: a.id, version: 2)
            }
            x = try await mine.attach(
                bloc: r.bloc, year: r.year, unit: a.id, code: "1.2", data: Self.pdf, filename: "Báo cáo.pdf",
                version: x.version)
            x = try await mine.submit(
                bloc: r.bloc, year: r.year, unit: a.id, version: x.version,
                today: LocalDate(year: 2023, month: 1, day: 2)!)
            let afterSubmit = await #expect(throws: DomainError.self) {
                try await mine.save(bloc: r.bloc, year: r.year, unit: a.id, lines: lines, version: 4)
            }
            let noReason = await #expect(throws: DomainError.self) {
                try await ReviewService(store: t.store, account: r.w.secretary).returnAssessment(
                    bloc: r.bloc, year: r.year, unit: a.id, reason: " ", version: 4)
            }
            let returned = try await ReviewService(store: t.store, account: r.w.secretary).returnAssessment(
                bloc: r.bloc, year: r.year, unit: a.id, reason: "Bổ sung minh chứng tiêu chí 1.1", version: 4)
            let edited = try await mine.save(
                bloc: r.bloc, year: r.year, unit: a.id, lines: [AssessmentLineInput(code: "1.1", points: 4000)],
                version: returned.version)
            let (ref, file) = try await mine.evidence(
                bloc: r.bloc, year: r.year, unit: a.id, sha256: SHA256Hash.hex(Self.pdf))
            let stranger = await #expect(throws: DomainError.self) {
                try await AssessmentService(store: t.store, account: r.officer(b)).view(
                    bloc: r.bloc, year: r.year, unit: a.id)
            }
            // validation
            #expect(other == .forbidden)
            #expect(Self.message(tooHigh).contains("vượt điểm tối đa 60"))
            #expect(nothing == nil)
            #expect(Self.message(wrongType).contains("không phải PDF"))
            #expect(Self.message(tooLarge).contains("lớn quá 10 MB"))
            #expect(Self.message(noEvidence).contains("cần tệp minh chứng"))
            #expect(x.status == .submitted && x.late && x.submittedOn == LocalDate(year: 2023, month: 1, day: 2))
            if case .conflict? = afterSubmit {} else { Issue.record("\(String(describing: afterSubmit))") }
            #expect(Self.message(noReason).contains("lý do"))
            #expect(
                returned.status == .returned && returned.returns.map(\.reason) == ["Bổ sung minh chứng tiêu chí 1.1"])
            #expect(edited.scores == ["1.1": 4000, "1.2": 5000])
            #expect(edited.line("1.1")?.explanation == "Có kế hoạch")
            #expect(ref.filename == "Báo cáo.pdf" && ref.kind == .pdf && file.data == Self.pdf)
            #expect(stranger == .forbidden)
        }
    }

    @Test(arguments: DatabaseKind.available)
    func beforePublicationAnOfficerSeesOnlyTheirOwnAndTheirAssignedUnits(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: the secretary assigns every unit two reviewers, none mutual in a bloc of 15
            let r = try await Self.review(t.store)
            let secretary = ReviewService(store: t.store, account: r.w.secretary)
            let review = try await secretary.assignAutomatically(bloc: r.bloc, year: r.year, version: 1, seed: 7)
            for u in r.members { try await Self.assess(r, u, 4000, 5000, store: t.store) }
            let reviewer = try #require(r.members.first { review.reviewers(of: r.members[0].id).contains($0.id) })
            let bystander = try #require(
                r.members.dropFirst().first { !review.reviewers(of: r.members[0].id).contains($0.id) })
            // MUT
            let seenByReviewer = try await AssessmentService(store: t.store, account: r.officer(reviewer)).view(
                bloc: r.bloc, year: r.year, unit: r.members[0].id)
            let hidden = await #expect(throws: DomainError.self) {
                try await AssessmentService(store: t.store, account: r.officer(bystander)).view(
                    bloc: r.bloc, year: r.year, unit: r.members[0].id)
            }
            let resultsHidden = await #expect(throws: DomainError.self) {
                try await ReviewResultsService(store: t.store, account: r.officer(bystander)).results(
                    bloc: r.bloc, year: r.year)
            }
            let leaderReads = try await ReviewResultsService(store: t.store, account: r.w.leader).results(
                bloc: r.bloc, year: r.year)
            let notAssigned = await #expect(throws: DomainError.self) {
                try await AssessmentService(store: t.store, account: r.officer(bystander)).score(
                    bloc: r.bloc, year: r.year, unit: r.members[0].id, scores: ["1.1": 100], version: 0)
            }
            let published = try await secretary.publish(bloc: r.bloc, year: r.year, version: review.version)
            let seenAfter = try await AssessmentService(store: t.store, account: r.officer(bystander)).view(
                bloc: r.bloc, year: r.year, unit: r.members[0].id)
            let resultsAfter = try await ReviewResultsService(store: t.store, account: r.officer(bystander)).results(
                bloc: r.bloc, year: r.year)
            let bulletin = try await t.store.blocReviews.published(limit: 10)
            // validation
            #expect(review.assignments.count == 15)
            #expect(review.assignments.allSatisfy { $0.reviewers.count == 2 && !$0.reviewers.contains($0.unit) })
            #expect(
                ReviewerAssignment.mutualPairs(
                    Dictionary(
                        uniqueKeysWithValues: review.assignments.map {
                            ($0.unit, $0.reviewers)
                        })) == 0)
            #expect(seenByReviewer.canReview && !seenByReviewer.canEdit)
            #expect(hidden == .forbidden)
            #expect(resultsHidden == .forbidden)
            #expect(leaderReads.rows.count == 15)
            #expect(notAssigned == .forbidden)
            #expect(published.publishedOn != nil)
            #expect(!seenAfter.canReview && !seenAfter.canEdit)
            #expect(resultsAfter.rows.count == 15 && bulletin.map(\.id) == [published.id])
        }
    }

    @Test(arguments: DatabaseKind.available)
    func aDifferenceWaitsForTheSecretaryAndEveryMethodIsShown(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: A is scored by C and D; B by C alone. A claims 40 + 60, its reviewers give far less on 1.2.
            let r = try await Self.review(t.store)
            let (a, b, c, d) = (r.members[0], r.members[1], r.members[2], r.members[3])
            let secretary = ReviewService(store: t.store, account: r.w.secretary)
            var review = try await secretary.setReviewers(
                bloc: r.bloc, year: r.year, unit: a.id, reviewers: [c.id, d.id], version: 1)
            review = try await secretary.setReviewers(
                bloc: r.bloc, year: r.year, unit: b.id, reviewers: [c.id], version: review.version)
            let selfReview = await #expect(throws: DomainError.self) {
                try await secretary.setReviewers(bloc: r.bloc, year: r.year, unit: b.id, reviewers: [b.id], version: 3)
            }
            let early = await #expect(throws: DomainError.self) {
                try await AssessmentService(store: t.store, account: r.officer(c)).score(
                    bloc: r.bloc, year: r.year, unit: a.id, scores: ["1.1": 4000], version: 0)
            }
            try await Self.assess(r, a, 4000, 6000, store: t.store)
            try await Self.assess(r, b, 3000, 5000, store: t.store)
            let overMax = await #expect(throws: DomainError.self) {
                try await AssessmentService(store: t.store, account: r.officer(c)).score(
                    bloc: r.bloc, year: r.year, unit: a.id, scores: ["1.1": 4001], version: 0)
            }
            _ = try await AssessmentService(store: t.store, account: r.officer(c)).score(
                bloc: r.bloc, year: r.year, unit: a.id, scores: ["1.1": 4000, "1.2": 5000], version: 0)
            _ = try await AssessmentService(store: t.store, account: r.officer(d)).score(
                bloc: r.bloc, year: r.year, unit: a.id, scores: ["1.1": 3800, "1.2": 4000], version: 0)
            _ = try await AssessmentService(store: t.store, account: r.officer(c)).score(
                bloc: r.bloc, year: r.year, unit: b.id, scores: ["1.1": 3000, "1.2": 5000], version: 0)
            // MUT
            let pending = try await ReviewResultsService(store: t.store, account: r.w.secretary).results(
                bloc: r.bloc, year: r.year)
            let refused = await #expect(throws: DomainError.self) {
                try await secretary.publish(bloc: r.bloc, year: r.year, version: 3)
            }
            let overDecision = await #expect(throws: DomainError.self) {
                try await secretary.decide(
                    bloc: r.bloc, year: r.year, unit: a.id, code: "1.2", points: 7000, reason: "x", version: 3)
            }
            review = try await secretary.decide(
                bloc: r.bloc, year: r.year, unit: a.id, code: "1.2", points: 4800,
                reason: "Minh chứng chỉ chứng minh 80% kế hoạch", version: 3)
            let decided = try await ReviewResultsService(store: t.store, account: r.w.secretary).results(
                bloc: r.bloc, year: r.year)
            // validation
            #expect(Self.message(selfReview).contains("không tự chấm chéo"))
            if case .conflict? = early {} else { Issue.record("\(String(describing: early))") }
            #expect(Self.message(overMax).contains("vượt điểm tối đa 40"))
            let a12 = try #require(pending.unit(a.id)?.criteria.first { $0.code == "1.2" })
            // reviewers 50 and 40: mean 45, 15 below the self-score of 60 with a margin of 5
            #expect(a12.differs && a12.final == nil && a12.byMethod[.mean] == 4500 && a12.byMethod[.median] == 4500)
            #expect(a12.reviewerScores == [c.id: 5000, d.id: 4000])
            #expect(pending.rows.first { $0.unit == a.id }?.pending == true)
            #expect(Self.message(refused).contains("chờ thư ký quyết định"))
            #expect(Self.message(overDecision).contains("vượt điểm tối đa"))
            let final = try #require(decided.unit(a.id))
            let d12 = try #require(final.criteria.first { $0.code == "1.2" })
            #expect(d12.final == 4800 && d12.note.contains("Minh chứng chỉ chứng minh 80% kế hoạch"))
            // A: 39 (mean of 40 and 38) + 48 = 87; B: 30 + 50 = 80; units nobody scored keep nothing
            #expect(decided.rows.first { $0.unit == a.id }?.total == 8700)
            #expect(decided.rows.first { $0.unit == b.id }?.total == 8000)
            #expect(decided.rows.prefix(2).map(\.unit) == [a.id, b.id])
            #expect(final.byMethod[.mean]?.total == 8700 && final.byMethod[.median]?.total == 8700)
            #expect(final.byMethod[.normalized] != nil)
            #expect(decided.rows.first { $0.unit == a.id }?.band == "Hoàn thành tốt")
        }
    }
}

extension ReviewScoringStoreTests {
    @Test(arguments: DatabaseKind.available)
    func theMeetingWritesNextYearsHeadAndDeputy(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup: the 2023 review; 2024 has no members yet
            let w = try await MovementStoreTests.world(t.store)
            let members = try await t.store.blocs.members(of: w.bloc.id, year: 2023).map(\.unit).sorted {
                $0.code < $1.code
            }
            let (a, b) = (members[1], members[2])
            let good = ReviewMeeting(
                on: LocalDate(year: 2024, month: 1, day: 10)!, place: "Hà Nội", chair: "Trưởng khối",
                secretary: "Thư ký", present: members.prefix(12).map(\.id), nextHead: a.id, nextDeputy: b.id,
                nextHeadBasis: "Bỏ phiếu kín")
            var noChair = good
            noChair.chair = " "
            var same = good
            same.nextDeputy = a.id
            let secretary = ReviewService(store: t.store, account: w.secretary)
            // MUT
            let refused = await #expect(throws: DomainError.self) {
                try await ReviewService(store: t.store, account: w.officer).recordMeeting(
                    bloc: w.bloc.id, year: 2023, good, version: 0)
            }
            let invalid = await #expect(throws: DomainError.self) {
                try await secretary.recordMeeting(bloc: w.bloc.id, year: 2023, noChair, version: 0)
            }
            let twice = await #expect(throws: DomainError.self) {
                try await secretary.recordMeeting(bloc: w.bloc.id, year: 2023, same, version: 0)
            }
            let nothing = try await t.store.blocs.members(of: w.bloc.id, year: 2024)
            let saved = try await secretary.recordMeeting(bloc: w.bloc.id, year: 2023, good, version: 0)
            let next = try await t.store.blocs.members(of: w.bloc.id, year: 2024)
            // validation
            #expect(refused == .forbidden)
            #expect(Self.message(invalid).contains("người chủ trì"))
            #expect(Self.message(twice).contains("hai đơn vị khác nhau"))
            #expect(nothing.isEmpty)
            #expect(saved.meeting?.present.count == 12 && saved.meeting?.nextHeadBasis == "Bỏ phiếu kín")
            #expect(next.count == 15)
            #expect(next.filter { $0.membership.role == .head }.map(\.unit.id) == [a.id])
            #expect(next.filter { $0.membership.role == .deputyHead }.map(\.unit.id) == [b.id])
        }
    }
}

extension ReviewScoringStoreTests {
    @Test(arguments: DatabaseKind.available)
    func theReportsWrittenPartsAreTheSecretarysAndItsDataComeFromTheYear(database: DatabaseKind) async throws {
        try await TestDatabase.with(database) { t in
            // setup
            let r = try await Self.review(t.store)
            let text = ReviewNarrative(
                situation: "Năm có nhiều khó khăn.\n\nCác đơn vị nỗ lực.", proposals: "Đề nghị khen thưởng.")
            let tooLong = ReviewNarrative(assessment: String(repeating: "a", count: ReviewNarrative.maxLength + 1))
            // MUT
            let refused = await #expect(throws: DomainError.self) {
                try await ReviewService(store: t.store, account: r.officer(r.members[0])).saveNarrative(
                    bloc: r.bloc, year: r.year, text, version: 1)
            }
            let invalid = await #expect(throws: DomainError.self) {
                try await ReviewService(store: t.store, account: r.w.secretary).saveNarrative(
                    bloc: r.bloc, year: r.year, tooLong, version: 1)
            }
            let saved = try await ReviewService(store: t.store, account: r.w.secretary).saveNarrative(
                bloc: r.bloc, year: r.year, text, version: 1)
            let data = try await ReviewResultsService(store: t.store, account: r.w.leader).reportData(
                bloc: r.bloc, year: r.year)
            // validation
            #expect(refused == .forbidden)
            #expect(Self.message(invalid).contains("20.000"))
            #expect(saved.narrative?.situation == "Năm có nhiều khó khăn.\n\nCác đơn vị nỗ lực.")
            #expect(data.narrative == saved.narrative)
            // the demo's 2022 movements of the bloc: six for the article's anniversaries and the yearly one
            #expect(data.movements.filter { $0.anniversaryLabel != nil }.count == 6)
            #expect(data.movements.contains { $0.kind == .regular && $0.registered == 15 })
            #expect(data.pactSigned == 15)
            #expect(data.nextMovement?.theme.contains("kết cấu hạ tầng") == true)
        }
    }
}
