import Testing

@testable import ThiDuaCore

/// Each combinator at its boundaries, through the catalogue rules that use it.
@Suite struct EligibilityRuleTests {

    // MARK: consecutive years

    @Test func threeConsecutiveCSTDCSHoldAndABreakFails() {
        let whole = person(
            rated(2022...2024, .excellent), titles: [("CSTDCS", 2022), ("CSTDCS", 2023), ("CSTDCS", 2024)],
            initiatives: [(2023, .ministry)])
        #expect(evaluate(whole, "CSTD_BO", 2024).outcome == .eligible)

        let broken = person(
            rated(2022...2024, .excellent), titles: [("CSTDCS", 2021), ("CSTDCS", 2023), ("CSTDCS", 2024)],
            initiatives: [(2023, .ministry)])
        let result = evaluate(broken, "CSTD_BO", 2024)
        #expect(result.outcome == .notEligible)
        #expect(result.reason("CSTDBO-1")?.holds == false)
        #expect(result.reason("CSTDBO-1")?.text == "Có 2/3 năm liên tục đạt CSTĐCS (2023, 2024); thiếu năm 2022.")
    }

    @Test func consecutiveRatingsNeedEveryYearKnown() {
        var ratings = rated(2020...2024, .good)
        ratings[2022] = nil
        let h = person(
            ratings, titles: [("CSTDCS", 2020), ("CSTDCS", 2021), ("CSTDCS", 2023)],
            awards: [Achievement(code: "BK_BO", year: 2019)])
        let result = evaluate(h, "BK_TTG", 2024)
        // The chain of point (b) fails; the council's other points of Art. 73(1) remain.
        #expect(result.outcome == .manualCheck)
        #expect(result.reason("BKTTG-2")?.holds == false)
        #expect(result.reason("BKTTG-2")?.text.contains("năm 2022: chưa có xếp loại") == true)
        #expect(result.reason("BKTTG-1")?.holds == true)
        #expect(result.reason("BKTTG-3")?.holds == true)
    }

    // MARK: award chains

    @Test func prerequisiteNeedsTheFullYearsAfterIt() {
        let base = rated(2020...2024, .good)
        let cstdcs = [("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTDCS", 2024)]
        #expect(
            evaluate(person(base, titles: cstdcs, awards: [Achievement(code: "BK_BO", year: 2019)]), "BK_TTG", 2024)
                .outcome == .eligible)
        let tooRecent = evaluate(
            person(base, titles: cstdcs, awards: [Achievement(code: "BK_BO", year: 2020)]), "BK_TTG", 2024)
        #expect(tooRecent.outcome == .manualCheck)
        #expect(tooRecent.reason("BKTTG-1")?.holds == false)
        #expect(
            tooRecent.reason("BKTTG-1")?.text
                == "Có Bằng khen cấp bộ năm 2020, nhưng chưa đủ 5 năm sau đó (cần xét từ năm 2025).")
    }

    @Test func aRevokedPrerequisiteDoesNotCount() {
        let h = person(
            rated(2020...2024, .good), titles: [("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTDCS", 2024)],
            awards: [Achievement(code: "BK_BO", year: 2019, revoked: true)])
        let result = evaluate(h, "BK_TTG", 2024)
        #expect(result.outcome == .manualCheck)
        #expect(result.reason("BKTTG-1")?.holds == false)
        #expect(result.reason("BKTTG-1")?.text.contains("đã bị thu hồi nên không được tính") == true)
    }

    @Test func aRevokedTitleBreaksAStreak() {
        var h = person(
            rated(2022...2024, .excellent), titles: [("CSTDCS", 2022), ("CSTDCS", 2024)],
            initiatives: [(2023, .ministry)])
        h.achievements.append(Achievement(code: "CSTDCS", year: 2023, revoked: true))
        let result = evaluate(h, "CSTD_BO", 2024)
        #expect(result.outcome == .notEligible)
        #expect(result.reason("CSTDBO-1")?.text.contains("CSTĐCS năm 2023 đã bị thu hồi") == true)
    }

    @Test(arguments: [CommendationType.unscheduled, .thematic])
    func anUnscheduledOrThematicAwardIsNoPrerequisite(type: CommendationType) {
        let h = person(
            rated(2020...2024, .good), titles: [("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTDCS", 2024)],
            awards: [Achievement(code: "BK_BO", year: 2019, type: type)])
        let result = evaluate(h, "BK_TTG", 2024)
        #expect(result.outcome == .manualCheck)
        #expect(result.reason("BKTTG-1")?.holds == false)
        #expect(
            result.reason("BKTTG-1")?.text.contains("không được dùng làm căn cứ khen thưởng theo công trạng") == true)
    }

    @Test func nationalFighterNeedsTwoConsecutiveMinistryTitlesThreeYearsApart() {
        let initiative = [(2023, InitiativeScope.national)]
        #expect(
            evaluate(person(titles: [("CSTD_BO", 2021), ("CSTD_BO", 2024)], initiatives: initiative), "CSTD_TQ", 2024)
                .outcome == .eligible)
        // Proposed the year after the second title.
        #expect(
            evaluate(person(titles: [("CSTD_BO", 2020), ("CSTD_BO", 2023)], initiatives: initiative), "CSTD_TQ", 2024)
                .outcome == .eligible)
        #expect(
            evaluate(person(titles: [("CSTD_BO", 2020), ("CSTD_BO", 2024)], initiatives: initiative), "CSTD_TQ", 2024)
                .outcome == .notEligible)
        #expect(
            evaluate(person(titles: [("CSTD_BO", 2019), ("CSTD_BO", 2022)], initiatives: initiative), "CSTD_TQ", 2024)
                .outcome == .notEligible)
        // A ministry-scope initiative is not nationwide.
        #expect(
            evaluate(
                person(titles: [("CSTD_BO", 2021), ("CSTD_BO", 2024)], initiatives: [(2023, .ministry)]), "CSTD_TQ",
                2024
            ).outcome == .notEligible)
    }

    // MARK: initiatives

    @Test func initiativesThatEarnedCSTDCSAreNotCountedAgain() {
        // (d): CSTĐCS in 2023 and 2024 without an excellent rating, so each rested on one initiative.
        let twoUsed = person(
            rated(2023...2024, .good), titles: [("CSTDCS", 2023), ("CSTDCS", 2024)],
            initiatives: [(2023, .grassroots), (2024, .grassroots)])
        let result = evaluate(twoUsed, "BK_BO", 2024)
        #expect(result.reason("BKBO-1D3")?.holds == false)
        #expect(result.reason("BKBO-1D3")?.text.contains("2 đã dùng để đạt CSTĐCS nên còn 0") == true)
        // Two more initiatives make (d) hold.
        let twoMore = person(
            rated(2023...2024, .good), titles: [("CSTDCS", 2023), ("CSTDCS", 2024)],
            initiatives: [(2023, .grassroots), (2023, .grassroots), (2024, .grassroots), (2024, .ministry)])
        #expect(evaluate(twoMore, "BK_BO", 2024).outcome == .eligible)
        // Excellent years: the titles did not need the initiatives.
        let excellent = person(
            rated(2023...2024, .excellent), titles: [("CSTDCS", 2023), ("CSTDCS", 2024)],
            initiatives: [(2023, .grassroots), (2024, .grassroots)])
        #expect(evaluate(excellent, "BK_BO", 2024).outcome == .eligible)
    }

    @Test func whenRouteDFailsTheManualRoutesLeaveAManualCheck() {
        let result = evaluate(person(rated(2024...2024, .good)), "BK_BO", 2024)
        #expect(result.outcome == .manualCheck)
        #expect(result.reason("BKBO-1A")?.holds == nil)
        #expect(result.reason("BKBO-1D3")?.holds == false)
        #expect(
            result.reason("BKBO-1A")?.route == [
                "(a) thành tích xuất sắc trong phong trào thi đua do bộ, tỉnh phát động"
            ])
    }

    // MARK: discipline and pending

    @Test func disciplineOverlappingTheWindowFailsAndOneThatEndedBeforeDoesNot() {
        let during = person(
            rated(2024...2024, .excellent), discipline: [DateSpan(from: day("2024-03-01"), to: day("2024-09-01"))])
        let result = evaluate(during, "LDTT", 2024)
        #expect(result.outcome == .notEligible)
        #expect(
            result.reason("CHUNG-KY-LUAT")?.text
                == "Bị kỷ luật từ 01/03/2024 đến 01/09/2024, trùng năm 2024; thành tích chỉ được tính từ khi hết thời hạn kỷ luật."
        )

        let ended = person(
            rated(2024...2024, .excellent), discipline: [DateSpan(from: day("2021-03-01"), to: day("2021-09-01"))])
        #expect(evaluate(ended, "LDTT", 2024).outcome == .eligible)
        #expect(
            evaluate(ended, "LDTT", 2024).reason("CHUNG-KY-LUAT")?.text
                == "Kỷ luật gần nhất đã hết thời hạn ngày 01/09/2021, trước năm 2024.")
        // The same discipline lies inside the five years Bằng khen Thủ tướng looks at.
        let long = person(
            rated(2020...2024, .good), titles: [("CSTDCS", 2022), ("CSTDCS", 2023), ("CSTDCS", 2024)],
            awards: [Achievement(code: "BK_BO", year: 2019)],
            discipline: [DateSpan(from: day("2021-03-01"), to: day("2021-09-01"))])
        #expect(evaluate(long, "BK_TTG", 2024).outcome == .notEligible)
        // Ending on 31/12 of the year before the window is still outside it.
        let edge = person(
            rated(2024...2024, .good), discipline: [DateSpan(from: day("2023-01-01"), to: day("2023-12-31"))])
        #expect(evaluate(edge, "LDTT", 2024).outcome == .eligible)
        let running = person(rated(2024...2024, .good), discipline: [DateSpan(from: day("2019-01-01"), to: nil)])
        #expect(evaluate(running, "LDTT", 2024).outcome == .notEligible)
    }

    @Test func aPendingComplaintBlocksUntilItCloses() {
        let open = person(
            rated(2024...2024, .excellent),
            pending: [PendingMatter(kind: .complaint, span: DateSpan(from: day("2024-11-02"), to: nil))])
        let result = evaluate(open, "LDTT", 2024)
        #expect(result.outcome == .notEligible)
        #expect(
            result.reason("CHUNG-DANG-XEM-XET")?.text.hasPrefix(
                "Có đơn thư khiếu nại, tố cáo đang xem xét từ 02/11/2024, chưa kết thúc") == true)
        let closed = person(
            rated(2024...2024, .excellent),
            pending: [PendingMatter(kind: .complaint, span: DateSpan(from: day("2024-02-01"), to: day("2024-06-30")))])
        #expect(evaluate(closed, "LDTT", 2024).outcome == .eligible)
    }

    // MARK: collectives

    @Test func memberSharesAtTheirBoundaries() {
        func ttldtt(ldtt: Int, year: Int) -> EligibilityResult.Outcome {
            evaluate(
                collective(
                    rated(year...year, .good), members: MemberCounts(total: 40, disciplined: 0, titles: ["LDTT": ldtt])),
                "TTLDTT", year
            ).outcome
        }
        #expect(ttldtt(ldtt: 28, year: 2024) == .eligible)  // exactly 70%
        #expect(ttldtt(ldtt: 27, year: 2024) == .notEligible)
        #expect(ttldtt(ldtt: 21, year: 2023) == .eligible)  // old regime: more than 50%
        #expect(ttldtt(ldtt: 20, year: 2023) == .notEligible)  // exactly 50% is not more
    }

    @Test func excellentCollectiveNeedsEveryMemberCompletingAndOneCSTDCS() {
        let members = MemberCounts(total: 40, completed: 40, disciplined: 0, titles: ["LDTT": 30, "CSTDCS": 1])
        #expect(
            evaluate(collective(rated(2024...2024, .excellent), members: members), "TTLDXS", 2024).outcome == .eligible)
        var short = members
        short.completed = 39
        #expect(
            evaluate(collective(rated(2024...2024, .excellent), members: short), "TTLDXS", 2024).outcome == .notEligible
        )
        var none = members
        none.titles["CSTDCS"] = 0
        #expect(
            evaluate(collective(rated(2024...2024, .excellent), members: none), "TTLDXS", 2024).outcome == .notEligible)
        // A disciplined member: the old rule excludes; under the 2022 Law it is unverified, so the council decides.
        var disciplined = members
        disciplined.disciplined = 1
        #expect(
            evaluate(collective(rated(2024...2024, .excellent), members: disciplined), "TTLDXS", 2024).outcome
                == .manualCheck)
        #expect(
            evaluate(collective(rated(2023...2023, .excellent), members: disciplined), "TTLDXS", 2023).outcome
                == .notEligible)
    }

    @Test func aCodeForTheOtherKindOfSubjectIsNotEligibleWithAReason() {
        let result = evaluate(collective(members: nil), "LDTT", 2024)
        #expect(result.outcome == .notEligible)
        #expect(result.reasons.count == 1)
        #expect(result.reasons[0].text == "Danh hiệu, hình thức này chỉ xét cho cá nhân.")
        #expect(result.reminders.isEmpty)
    }
}
