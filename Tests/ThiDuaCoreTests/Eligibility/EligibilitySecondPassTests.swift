import Foundation
import Testing

@testable import ThiDuaCore

/// The second legal review (LAW.md §"Second review" and its verification pass), one test per defect, on each
/// regime: law2013 (years judged on 31/12 up to 2023), law2022 (2024), decree152 (2025 on).
@Suite struct EligibilitySecondPassTests {
    // MARK: 1. one achievement, one reward (Law 06/2022 Art. 5(2)(c))

    /// CSTĐ cấp bộ for the CSTĐCS of 2019–2021 spends those years: the next one needs three new ones.
    /// Later evaluations fall under law2013 (2022, 2023), law2022 (2024) and decree152 (2025 on).
    @Test(arguments: [2019, 2020, 2022])
    func aFreshCycleStartsAfterAnAward(first: Int) {
        let awarded = first + 2
        var h = person(
            rated(first...(awarded + 3), .excellent), titles: (first...(awarded + 3)).map { ("CSTDCS", $0) },
            initiatives: [(awarded, .ministry), (awarded + 1, .ministry), (awarded + 3, .ministry)])
        #expect(evaluate(h, "CSTD_BO", awarded).outcome == .eligible)
        h.achievements.append(Achievement(code: "CSTD_BO", year: awarded))
        // The award's own year is not spent by itself.
        #expect(evaluate(h, "CSTD_BO", awarded).outcome == .eligible)
        for later in [awarded + 1, awarded + 2] {
            let r = evaluate(h, "CSTD_BO", later)
            #expect(r.outcome == .notEligible, "\(later)")
            #expect(r.reason("CSTDBO-1")?.holds == false)
        }
        #expect(evaluate(h, "CSTD_BO", awarded + 3).outcome == .eligible)
    }

    @Test func theReasonNamesTheEarlierAward() {
        let h = person(
            rated(2019...2022, .excellent),
            titles: [("CSTDCS", 2019), ("CSTDCS", 2020), ("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTD_BO", 2021)],
            initiatives: [(2022, .ministry)])
        let r = evaluate(h, "CSTD_BO", 2022)
        let text = r.reason("CSTDBO-1")?.text ?? ""
        #expect(
            text.hasPrefix(
                "Đã được tặng CSTĐ cấp bộ năm 2021 (thành tích 2019–2021); chu kỳ mới tính từ năm 2022: có 1/3 năm"),
            "\(text)")
        #expect(text.contains("năm 2020, 2021 đã tính cho lần khen trước"))
        // The initiative of 2022 lies inside the new cycle: it counts.
        #expect(r.reason("CSTDBO-2")?.holds == true)
    }

    /// Two consecutive CSTĐ cấp bộ behind a CSTĐ toàn quốc are spent by it.
    @Test func ministryTitlesBehindANationalTitleDoNotCountAgain() {
        var h = person(
            titles: [("CSTD_BO", 2017), ("CSTD_BO", 2020), ("CSTD_BO", 2023)],
            initiatives: [(2020, .national), (2023, .national)])
        #expect(evaluate(h, "CSTD_TQ", 2023).outcome == .eligible)  // 2020 and 2023
        h.achievements.append(Achievement(code: "CSTD_TQ", year: 2020))  // spent 2017 and 2020
        let r = evaluate(h, "CSTD_TQ", 2023)
        #expect(r.outcome == .notEligible)
        #expect(r.reason("CSTDTQ-1")?.text.contains("Đã được tặng CSTĐ toàn quốc năm 2020") == true)
        h.achievements.append(Achievement(code: "CSTD_BO", year: 2026))
        h.initiatives.append(InitiativeRecord(year: 2026, scope: .national))
        #expect(evaluate(h, "CSTD_TQ", 2026).outcome == .eligible)  // 2023 and 2026
    }

    /// The Bằng khen cấp bộ behind a Bằng khen Thủ tướng cannot carry a second one; the chain route fails and
    /// only the council's routes remain.
    @Test(arguments: [2022, 2024, 2025])
    func aPrerequisiteUsedTwiceDoesNotCount(year: Int) {
        let old = year - 10
        var h = person(
            rated((year - 5)...year, .excellent), titles: ((year - 4)...year).map { ("CSTDCS", $0) },
            awards: [Achievement(code: "BK_BO", year: old)],
            initiatives: ((year - 4)...year).map { ($0, .grassroots) })
        #expect(evaluate(h, "BK_TTG", year).reason("BKTTG-1")?.holds == true)
        #expect(evaluate(h, "BK_TTG", year).outcome == .eligible)
        h.achievements.append(Achievement(code: "BK_TTG", year: old + 5))
        let r = evaluate(h, "BK_TTG", year)
        #expect(r.reason("BKTTG-1")?.holds == false)
        #expect(r.reason("BKTTG-1")?.text.contains("Đã được tặng Bằng khen Thủ tướng năm \(old + 5)") == true)
        #expect(r.outcome == .manualCheck)
    }

    @Test func aPrerequisiteOfHCLD3UsedByAnEarlierHCLD3DoesNotCount() {
        var h = person(
            rated(2019...2024, .excellent), titles: (2019...2024).map { ("CSTDCS", $0) },
            awards: [Achievement(code: "BK_TTG", year: 2013)])
        #expect(evaluate(h, "HCLD3", 2024).reason("HCLD3-1")?.holds == true)
        h.achievements.append(Achievement(code: "HCLD3", year: 2018))
        #expect(evaluate(h, "HCLD3", 2024).reason("HCLD3-1")?.holds == false)
    }

    /// A ministry-level initiative that earned a CSTĐ cấp bộ does not count for the next one.
    @Test func anInitiativeIsNotReused() {
        let base = person(rated(2021...2023, .excellent), initiatives: [(2021, .ministry)])
        #expect(evaluate(base, "CSTD_BO", 2023).reason("CSTDBO-2")?.holds == true)
        var spent = base
        spent.achievements.append(Achievement(code: "CSTD_BO", year: 2021))
        let r = evaluate(spent, "CSTD_BO", 2023)
        #expect(r.reason("CSTDBO-2")?.holds == false)
        #expect(r.reason("CSTDBO-2")?.text.contains("chu kỳ mới tính từ năm 2022") == true)
        // Route (d) of Bằng khen cấp bộ: the two years and their initiatives of a Bằng khen are spent too.
        var bk = person(
            rated(2023...2024, .excellent), titles: [("CSTDCS", 2023), ("CSTDCS", 2024)],
            initiatives: [(2023, .grassroots), (2024, .grassroots)])
        #expect(evaluate(bk, "BK_BO", 2024).outcome == .eligible)
        bk.achievements.append(Achievement(code: "BK_BO", year: 2023))
        #expect(evaluate(bk, "BK_BO", 2024).reason("BKBO-1D1")?.holds == false)
        #expect(evaluate(bk, "BK_BO", 2024).reason("BKBO-1D3")?.holds == false)
        #expect(evaluate(bk, "BK_BO", 2024).outcome == .manualCheck)
    }

    @Test func aRevokedOrThematicAwardSpendsNothing() {
        for award in [
            Achievement(code: "CSTD_BO", year: 2021, revoked: true),
            Achievement(code: "CSTD_BO", year: 2021, type: .thematic),
        ] {
            let h = person(
                rated(2021...2023, .excellent), titles: [("CSTDCS", 2021), ("CSTDCS", 2022), ("CSTDCS", 2023)],
                awards: [award], initiatives: [(2022, .ministry)])
            #expect(evaluate(h, "CSTD_BO", 2023).outcome == .eligible)
        }
    }

    // MARK: 2. every route of the law

    @Test(arguments: [2022, 2024, 2025])
    func bangKhenThuTuongLeavesAJudgementRoute(year: Int) {
        let h = person(rated((year - 4)...year, .good))
        let r = evaluate(h, "BK_TTG", year)
        #expect(r.outcome == .manualCheck)
        #expect(r.reasons.contains { $0.holds == nil })
        // Discipline or a pending matter still rules the person out.
        let disciplined = person(
            rated((year - 4)...year, .good),
            discipline: [DateSpan(from: day("\(year)-03-01"), to: day("\(year)-09-01"))])
        #expect(evaluate(disciplined, "BK_TTG", year).outcome == .notEligible)
        let pending = person(
            rated((year - 4)...year, .good),
            pending: [PendingMatter(kind: .investigation, span: DateSpan(from: day("\(year)-06-01"), to: nil))])
        #expect(evaluate(pending, "BK_TTG", year).outcome == .notEligible)
    }

    @Test func theOldBangKhenThuTuongCitesDecree91Article38() {
        let r = evaluate(person(), "BK_TTG", 2022)
        #expect(r.regime == .law2013)
        #expect(r.reason("BKTTG-1A")?.basis.article == "Điều 38 khoản 1 điểm a")
        #expect(r.reason("BKTTG-1B")?.basis.article == "Điều 38 khoản 1 điểm b")
    }

    /// Long service in leadership posts applies from 2024 (Decree 98/2023), not only from 2025-07-01.
    @Test(arguments: [2024, 2025])
    func longServiceRouteOfHCLD3From2024(year: Int) {
        let man = evaluate(person(gender: .male), "HCLD3", year)
        #expect(man.outcome == .manualCheck)
        let text = man.reason("HCLD3-5")?.text ?? ""
        #expect(text.contains("Tổng cục trưởng và tương đương: 3 năm"), "\(text)")
        #expect(text.contains("Phó Vụ trưởng và tương đương: 6 năm 8 tháng"))  // a woman's two thirds of 10 years
        var settings = EligibilitySettings.defaults
        settings.leadershipTenure = [LeadershipTenure(post: "Chủ tịch Liên minh", years: 9)]
        settings.womenTenureReduced = false
        let custom = evaluate(person(gender: .female), "HCLD3", year, settings: settings).reason("HCLD3-5")?.text ?? ""
        #expect(custom.contains("Chủ tịch Liên minh: 9 năm"))
        #expect(!custom.contains("giảm một phần ba"))
    }

    @Test func hcld3BeforeTheNewLawHasNoLongServiceRoute() {
        #expect(evaluate(person(), "HCLD3", 2023).reason("HCLD3-5") == nil)
    }

    @Test func oldGovernmentFlagFollowsDecree91Article11() {
        let r = evaluate(collective(members: nil), "CO_CP", 2022)
        #expect(r.reason("COCP-1")?.basis.article == "Điều 11 khoản 1")
        #expect(r.reason("COCP-4")?.basis.article == "Điều 11 khoản 3")
        #expect(r.reason("COCP-4")?.text.contains("Chủ tịch nước") == true)
    }

    // MARK: 3. subject categories

    @Test(arguments: Person.Category.allCases)
    func laborStandardFollowsTheCategory(category: Person.Category) {
        for year in [2023, 2024, 2025] {
            let good = evaluate(person([year: .good], category: category), "LDTT", year)
            let unrated = evaluate(person(category: category), "LDTT", year)
            switch category {
            case .civilServant, .publicEmployee:
                #expect(good.outcome == .eligible)
                #expect(unrated.outcome == .notEligible)
            case .worker, .farmer, .cooperativeMember:
                // Productive work, never a rating test: a rating neither earns nor refuses it.
                #expect(good.outcome == .manualCheck)
                #expect(unrated.outcome == .manualCheck)
                #expect(good.reason("LDTT-1-SX")?.text.lowercased().contains("lao động sản xuất có hiệu quả") == true)
            case .other:
                #expect(good.outcome == .eligible)
                #expect(unrated.outcome == .manualCheck)
            }
        }
    }

    @Test func withoutACategoryAPersonIsAPublicEmployee() {
        #expect(evaluate(person([2024: .good]), "LDTT", 2024).outcome == .eligible)
        #expect(evaluate(person([2024: .completed]), "LDTT", 2024).outcome == .notEligible)
        let text = evaluate(person([2024: .good]), "LDTT", 2024).reason("LDTT-1-DT")?.text ?? ""
        #expect(text.contains("chưa ghi đối tượng"))
    }

    @Test func aCooperativeMembersCSTDCSRestsOnTheLaborStandardJudgement() {
        let h = person([2024: .excellent], initiatives: [(2024, .grassroots)], category: .cooperativeMember)
        #expect(evaluate(h, "CSTDCS", 2024).outcome == .manualCheck)
        let failing = person([2024: .good], category: .cooperativeMember)
        #expect(evaluate(failing, "CSTDCS", 2024).outcome == .notEligible)  // neither excellent nor an initiative
    }

    // MARK: 4. the proposal date

    @Test func aProposalDateInTheNextYearSwitchesTheRegime() {
        let h = person([2023: .good])
        #expect(evaluate(h, "LDTT", 2023).regime == .law2013)
        #expect(evaluate(h, "LDTT", 2023).proposalDate == day("2023-12-31"))
        var settings = EligibilitySettings.defaults
        (settings.referenceMonth, settings.referenceDay, settings.referenceNextYear) = (3, 31, true)
        let next = evaluate(h, "LDTT", 2023, settings: settings)
        #expect(next.regime == .law2022)
        #expect(next.proposalDate == day("2024-03-31"))
        #expect(evaluate(h, "LDTT", 2024, proposalDate: day("2025-07-01")).regime == .decree152)
        #expect(evaluate(h, "LDTT", 2024, proposalDate: day("2025-06-30")).regime == .law2022)
    }

    @Test func pendingMattersAreCheckedOnTheProposalDate() {
        let h = person(
            [2023: .good],
            pending: [PendingMatter(kind: .complaint, span: DateSpan(from: day("2024-02-01"), to: day("2024-04-30")))])
        #expect(evaluate(h, "LDTT", 2023).outcome == .eligible)
        #expect(evaluate(h, "LDTT", 2023, proposalDate: day("2024-03-15")).outcome == .notEligible)
        #expect(evaluate(h, "LDTT", 2023, proposalDate: day("2024-05-02")).outcome == .eligible)
    }

    @Test func aNextYearsLeapDayFallsBackInOtherYears() {
        var settings = EligibilitySettings.defaults
        (settings.referenceMonth, settings.referenceDay, settings.referenceNextYear) = (2, 29, true)
        #expect(settings.referenceDate(in: 2023) == day("2024-02-29"))
        #expect(settings.referenceDate(in: 2024) == day("2025-02-28"))
    }

    // MARK: 5. reward amounts

    /// Both sides of each date of the base salary table, for Lao động tiên tiến (0.3).
    @Test(
        arguments: [
            ("2018-06-30", nil), ("2018-07-01", 420_000), ("2019-06-30", 420_000), ("2019-07-01", 450_000),
            ("2023-06-30", 450_000), ("2023-07-01", 540_000), ("2024-06-30", 540_000), ("2024-07-01", 710_000),
            ("2026-06-30", 710_000), ("2026-07-01", 760_000),
        ] as [(String, Int64?)])
    func amountsOnBothSidesOfEachBaseSalaryDate(date: String, amount: Int64?) {
        let d = day(date)
        let r = evaluate(person([d.year - 1: .good]), "LDTT", d.year - 1, proposalDate: d)
        #expect(r.reward?.multiple.hundredths == 30)
        #expect(r.reward?.amount?.amount == amount)
    }

    @Test func multiplesCiteTheirRegimesArticle() {
        #expect(Catalogue.rewardMultiple("LDTT", .person, .law2013)?.basis.document == LegalBasis.decree91)
        #expect(
            Catalogue.rewardMultiple("LDTT", .person, .law2022)?.basis.citation == "Nghị định 98/2023/NĐ-CP, Điều 54")
        #expect(
            Catalogue.rewardMultiple("LDTT", .person, .decree152)?.basis.citation == "Nghị định 152/2025/NĐ-CP, Điều 50"
        )
        for regime in LegalRegime.allCases {
            #expect(Catalogue.rewardMultiple("CO_BO", .collective, regime)?.hundredths == 800)
        }
        #expect(Catalogue.rewardMultiple("CO_BO", .collective, .law2013)?.basis.article == "Điều 69 khoản 2 điểm đ")
    }

    @Test func aCollectiveGetsTwiceForGiayKhenBangKhenAndHuanChuong() {
        #expect(Catalogue.rewardMultiple("BK_BO", .person, .decree152)?.hundredths == 150)
        #expect(Catalogue.rewardMultiple("BK_BO", .collective, .decree152)?.hundredths == 300)
        #expect(Catalogue.rewardMultiple("BK_TTG", .collective, .decree152)?.hundredths == 700)
        #expect(Catalogue.rewardMultiple("GK", .collective, .decree152)?.hundredths == 60)
        #expect(Catalogue.rewardMultiple("HCLD3", .person, .law2022)?.hundredths == 450)
        #expect(Catalogue.rewardMultiple("HCLD3", .collective, .law2022)?.hundredths == 900)
        #expect(Catalogue.rewardMultiple("GK", .collective, .law2013)?.hundredths == 60)
        // Titles are not doubled: a collective title has its own multiple.
        #expect(Catalogue.rewardMultiple("TTLDXS", .collective, .law2022)?.hundredths == 150)
    }

    @Test func unverifiedMultiplesAreSettings() {
        let m = Catalogue.rewardMultiple("BK_BO", .person, .law2022)
        #expect(m?.isSetting == true)
        #expect(m?.basis.status == .unverified)
        #expect(Catalogue.rewardMultiple("HCLD1", .person, .decree152) == nil)
        let set = RewardSettings(multiples: ["HCLD1.decree152": 1500])
        #expect(Catalogue.rewardMultiple("HCLD1", .collective, .decree152, set)?.hundredths == 3000)
        #expect(throws: DomainError.self) { try RewardSettings(multiples: ["LDTT.law2022": 50]).validated() }
        #expect(throws: DomainError.self) { try RewardSettings(multiples: ["GK.law2022": 0]).validated() }
        #expect(throws: DomainError.self) { try RewardSettings(baseSalary: BaseSalaryTable([])).validated() }
    }

    @Test func theReviewsWorkedExamples() {
        // REVIEW.md §5: LĐTT on a 2025 decision, 0.3 × 2,340,000 = 702,000 → 710,000.
        let r = evaluate(person([2024: .good]), "LDTT", 2024, proposalDate: day("2025-03-01"))
        #expect(r.reward?.step?.amount == 2_340_000)
        #expect(r.reward?.amount?.amount == 710_000)
        // The Central Board's example: 0.8 × 1,390,000 = 1,112,000 → 1,120,000.
        let c = evaluate(collective(members: nil), "TTLDTT", 2018, proposalDate: day("2019-01-15"))
        #expect(c.reward?.amount?.amount == 1_120_000)
    }

    // MARK: 7. an amendment may be in force

    @Test func resultsOnOrAfterTheAmendmentCarryAWarning() {
        let h = person([2026: .good])
        #expect(evaluate(h, "LDTT", 2026, proposalDate: day("2026-09-30")).warnings.isEmpty)
        let after = evaluate(h, "LDTT", 2026, proposalDate: day("2026-10-01"))
        #expect(after.warnings.map(\.document) == ["Luật số 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng"])
        #expect(evaluate(h, "LDTT", 2026).warnings.count == 1)  // 31/12/2026 by default
    }

    // MARK: the JSON contract

    @Test func theJSONCarriesTheProposalDateRewardAndWarnings() throws {
        let json = """
            {"year": 2025, "proposalDate": "2026-10-15", "codes": ["LDTT", "CO_BO"],
             "subjects": [{"id": "a", "kind": "person", "category": "farmer", "ratings": {"2025": "good"}},
                          {"id": "b", "kind": "collective"}]}
            """
        let request = try EligibilityRequest.parse(Data(json.utf8))
        let body =
            try JSONSerialization.jsonObject(with: EligibilityResponse.encode(request.evaluate())) as! [String: Any]
        let results = body["results"] as! [[String: Any]]
        let farmer = results[0]
        #expect(farmer["outcome"] as? String == "manualCheck")
        #expect(farmer["proposalDate"] as? String == "2026-10-15")
        #expect(farmer["regime"] as? String == "decree152")
        let reward = farmer["reward"] as! [String: Any]
        #expect((reward["multiple"] as? NSNumber)?.doubleValue == 0.3)
        #expect((reward["baseSalary"] as? NSNumber)?.int64Value == 2_530_000)
        #expect((reward["amount"] as? NSNumber)?.int64Value == 760_000)
        #expect((farmer["warnings"] as? [String])?.count == 1)
        let flag = results[3]
        #expect(flag["code"] as? String == "CO_BO")
        let flagAmount = ((flag["reward"] as? [String: Any])?["amount"] as? NSNumber)?.int64Value
        #expect(flagAmount == Int64(20_240_000))
        let gk = try EligibilityRequest.parse(
            Data(#"{"year": 2024, "codes": ["HCLD1"], "subjects": [{"id": "a", "kind": "person"}]}"#.utf8))
        let hcld1 = try JSONSerialization.jsonObject(with: EligibilityResponse.encode(gk.evaluate())) as! [String: Any]
        #expect(((hcld1["results"] as! [[String: Any]])[0]).keys.contains("reward") == false)
    }

    @Test(arguments: [
        (#""proposalDate": "2023-12-31""#, "proposalDate"),
        (#""proposalDate": "2027-01-01""#, "proposalDate"),
        (#""proposalDate": "31/12/2024""#, "proposalDate"),
        (#""proposalDate": 2025"#, "proposalDate"),
    ])
    func aBadProposalDateIsRefusedByName(fragment: String, field: String) {
        let json = #"{"year": 2024, \#(fragment), "subjects": [{"id": "a", "kind": "person"}]}"#
        #expect(throws: EligibilityInputError.self) { try EligibilityRequest.parse(Data(json.utf8)) }
        do { _ = try EligibilityRequest.parse(Data(json.utf8)) } catch let e as EligibilityInputError {
            #expect(e.field == field)
            #expect(e.message.contains("Ngày"))
        } catch {}
    }

    @Test func aBadCategoryIsRefusedByName() {
        for (subject, message) in [
            (#"{"id": "a", "kind": "person", "category": "miner"}"#, "không hợp lệ"),
            (#"{"id": "a", "kind": "collective", "category": "farmer"}"#, "Chỉ cá nhân"),
        ] {
            let json = #"{"year": 2024, "subjects": [\#(subject)]}"#
            do {
                _ = try EligibilityRequest.parse(Data(json.utf8))
                Issue.record("accepted \(subject)")
            } catch let e as EligibilityInputError {
                #expect(e.field == "subjects[0].category")
                #expect(e.message.contains(message))
            } catch { Issue.record("\(error)") }
        }
    }
}
