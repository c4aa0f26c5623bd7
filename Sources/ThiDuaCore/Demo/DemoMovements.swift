import Foundation

/// The seed article's movement cycle: the bloc's 2022 movements for each anniversary it names, its 2022
/// yearly movement with the 15 units' registrations and pact, reviewed on 06/01/2023, and the 2023 movement
/// launched at that review with the article's theme.
enum DemoMovements {
    static let head = "Phạm Công Bằng – Tổng Giám đốc Quỹ Phát triển Hợp tác xã, Trưởng Khối thi đua"

    static func load(
        into tx: any DataStore, bloc: UUID, members: [OrgUnit], people: [Person], today: LocalDate = .today()
    ) async throws -> Int {
        let anniversaries = try await tx.anniversaries.directory()
        func anniversary(_ prefix: String) -> Anniversary? { anniversaries.first { $0.name.hasPrefix(prefix) } }
        func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }
        var count = 0
        func launched(_ on: LocalDate) -> [Movement.StatusChange] { [.init(status: .launched, on: on, by: head)] }
        // Each launched movement takes its plan number as a launch does, so the counters stay in step.
        func insert(_ m: Movement) async throws {
            var m = m
            m.planNumber = try await tx.numbers.next(.launchPlan(of: m))
            try await tx.movements.insert(m)
        }

        // One thematic movement per anniversary of the article.
        let thematic: [(String, LocalDate, LocalDate)] = [
            ("Ngày thành lập Đảng", day(2022, 1, 10), day(2022, 2, 3)),
            ("Ngày thành lập Liên minh Hợp tác xã Việt Nam", day(2022, 3, 15), day(2022, 4, 11)),
            ("Ngày Giải phóng miền Nam, thống nhất đất nước", day(2022, 4, 1), day(2022, 4, 30)),
            ("Ngày sinh Chủ tịch", day(2022, 4, 20), day(2022, 5, 19)),
            ("Ngày Cách mạng tháng Tám", day(2022, 7, 20), day(2022, 8, 19)),
            ("Ngày Quốc khánh", day(2022, 8, 1), day(2022, 9, 2)),
        ]
        for (prefix, from, to) in thematic {
            guard let a = anniversary(prefix), let o = a.occurrence(in: 2022) else { continue }
            let m = Movement(
                year: 2022, kind: .thematic, scopeKind: .bloc, scopeID: bloc, title: "Thi đua chào mừng \(o.phrase)",
                theme: "Thi đua lập thành tích xuất sắc nhiệm vụ chính trị được giao, chào mừng \(o.phrase).",
                slogans: ["Đoàn kết – Sáng tạo – Hiệu quả", "Thi đua là yêu nước, yêu nước thì phải thi đua"],
                launchedBy: head,
                periodFrom: from, periodTo: to,
                targets: [
                    "100% đơn vị thành viên tổ chức hoạt động hưởng ứng",
                    "Hoàn thành vượt mức nhiệm vụ chuyên môn trong đợt",
                ],
                anniversaryID: a.id, codes: ["GK", "BK_BO"], status: .closed,
                history: launched(from) + [.init(status: .closed, on: to, by: head)])
            try await insert(m)
            count += 1
        }

        // The 2022 yearly movement: registrations and the pact of the 15 units; reviewed on 06/01/2023.
        let yearly = Movement(
            year: 2022, kind: .regular, scopeKind: .bloc, scopeID: bloc,
            title: "Phong trào thi đua năm 2022 của Khối thi đua",
            theme:
                "Thi đua hoàn thành tốt nhiệm vụ chuyên môn, góp sức hoàn thành kế hoạch chung của Liên minh Hợp tác xã Việt Nam",
            slogans: ["Đoàn kết, sáng tạo, phát triển kinh tế tập thể"], launchedBy: head,
            periodFrom: day(2022, 1, 1), periodTo: day(2022, 12, 31),
            targets: [
                "Hoàn thành 100% kế hoạch công tác năm",
                "Phổ biến Luật Thi đua, khen thưởng và Quy chế thi đua, khen thưởng của Liên minh",
            ],
            codes: ["LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "CO_BO"], registrationDeadline: day(2022, 2, 28),
            status: .closed,
            history: launched(day(2022, 1, 14)) + [
                .init(status: .midTermReviewed, on: day(2022, 7, 15), by: head),
                .init(status: .closed, on: day(2023, 1, 6), by: head),
            ],
            results:
                "Ngày 06/01/2023, Khối thi đua tổng kết công tác thi đua, khen thưởng năm 2022: 15/15 đơn vị đăng ký và ký giao ước thi đua; khối phát động phong trào chào mừng 6 ngày lễ lớn của đất nước và của Liên minh.",
            resultsPublished: true)
        try await insert(yearly)
        count += 1
        for (i, unit) in members.enumerated() {
            let staff = people.filter { $0.unitID == unit.id && $0.status == .working }.prefix(3)
            let r = Registration(
                movementID: yearly.id, unitID: unit.id, collectiveCodes: [i % 3 == 0 ? "TTLDXS" : "TTLDTT"],
                individual: staff.enumerated().map { j, p in
                    .init(personID: p.id, codes: j == 0 ? ["CSTDCS", "LDTT"] : ["LDTT"])
                },
                registeredBy: "Cán bộ thi đua – \(unit.shortName)", registeredOn: day(2022, 2, 10 + i % 15))
            try await tx.registrations.insert(r)
        }
        let pact = Pact(
            blocID: bloc, year: 2022,
            text: """
                GIAO ƯỚC THI ĐUA NĂM 2022
                Các đơn vị thành viên Khối thi đua các đơn vị sự nghiệp và doanh nghiệp trực thuộc Liên minh Hợp tác xã Việt Nam giao ước:
                1. Đoàn kết, phối hợp hoàn thành xuất sắc nhiệm vụ chính trị được giao, góp sức hoàn thành kế hoạch chung của Liên minh.
                2. Tổ chức hưởng ứng các phong trào thi đua chào mừng các ngày lễ lớn của đất nước và của Liên minh.
                3. Tuyên truyền, phổ biến Luật Thi đua, khen thưởng và Quy chế thi đua, khen thưởng của Liên minh đến toàn thể cán bộ, viên chức, người lao động.
                4. Thực hành tiết kiệm, chống lãng phí; xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh.
                """)
        try await tx.pacts.insert(pact)
        for (i, unit) in members.enumerated() {
            try await tx.pacts.sign(
                PactSignature(
                    pactID: pact.id, unitID: unit.id, signedBy: "Thủ trưởng \(unit.shortName)", account: "demo",
                    signedOn: day(2022, 1, 14 + i % 3)))
        }

        // The 2023 movement, launched at the 2022 review with the article's theme.
        let y2023 = Movement(
            year: 2023, kind: .regular, scopeKind: .bloc, scopeID: bloc,
            title: "Phong trào thi đua năm 2023 của Khối thi đua",
            theme: "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí",
            slogans: ["Năng động, sáng tạo, nâng cao chất lượng công tác tham mưu"], launchedBy: head,
            periodFrom: day(2023, 1, 6), periodTo: day(2023, 12, 31),
            targets: [
                "Tích cực tham gia xây dựng Luật Hợp tác xã sửa đổi và các luật chuyên ngành",
                "Nâng cao chất lượng công tác tham mưu, đề xuất, ứng dụng tiến bộ khoa học công nghệ",
                "Đẩy mạnh chuyển đổi số trong quản trị, điều hành",
            ],
            codes: ["LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "CO_BO"], registrationDeadline: day(2023, 2, 28),
            status: .launched,
            history: launched(day(2023, 1, 6)))
        try await insert(y2023)
        count += 1
        if let current = try await openMovement(bloc: bloc, anniversaries: anniversaries, today: today) {
            try await insert(current)
            count += 1
        }

        // One exemplary model, published; another waits for the admin.
        if let fund = members.first {
            try await tx.exemplaryModels.insert(
                ExemplaryModel(
                    subjectKind: .collective, subjectID: fund.id, name: fund.name,
                    summary:
                        "Trưởng Khối thi đua năm 2022: chủ động đồng hành với hợp tác xã vượt khó sau dịch Covid-19, dẫn dắt các đơn vị thành viên hoàn thành kế hoạch chung của Liên minh.",
                    year: 2022, published: true, publishedOn: day(2023, 1, 6)))
            try await tx.exemplaryModels.insert(
                ExemplaryModel(
                    subjectKind: .collective, subjectID: nil, name: "Gương điển hình chờ duyệt",
                    summary: "Bản nháp, chưa công bố.", year: 2023))
        }
        return count
    }

    /// A movement open for registration on the day the demo is loaded, whatever that day is: it celebrates the
    /// next anniversary at least three weeks away, was launched a week ago, and takes registrations for two more
    /// weeks. A new user can register, and the officers' home pages have something to do.
    static func openMovement(bloc: UUID, anniversaries: [Anniversary], today: LocalDate) async throws -> Movement? {
        guard let launch = today.adding(days: -7), let deadline = today.adding(days: 14),
            let soonest = today.adding(days: 21),
            let next =
                (MovementService.calendar(anniversaries, year: today.year)
                + MovementService.calendar(anniversaries, year: today.year + 1))
                .first(where: { $0.date >= soonest && $0.anniversary.active })
        else { return nil }
        return Movement(
            year: next.date.year, kind: .thematic, scopeKind: .bloc, scopeID: bloc,
            title: "Thi đua chào mừng \(next.phrase)",
            theme: "Thi đua lập thành tích xuất sắc nhiệm vụ chính trị được giao, chào mừng \(next.phrase).",
            slogans: ["Thi đua là yêu nước, yêu nước thì phải thi đua"], launchedBy: head,
            periodFrom: launch, periodTo: next.date,
            targets: [
                "100% đơn vị thành viên đăng ký và tổ chức hoạt động hưởng ứng",
                "Hoàn thành vượt mức nhiệm vụ chuyên môn trong đợt",
            ],
            anniversaryID: next.anniversary.id, codes: ["GK", "BK_BO", "LDTT", "TTLDTT"],
            registrationDeadline: deadline,
            status: .launched, history: [.init(status: .launched, on: launch, by: head)])
    }
}
