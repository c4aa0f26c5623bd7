import Foundation

/// The sample data of the seed article: the VCA bloc of public service units and enterprises,
/// its rotation over 2021–2023, and a few hundred people. Deterministic, so tests can rely on it.
public enum DemoData {
    public static let password = "demo"
    public static let blocCode = "KTD-SNDN"
    public static let years = 2021...2023

    public struct UnitSeed: Sendable {
        public let code: String
        public let name: String
        public let shortName: String
        public let kind: OrgUnit.Kind
    }

    public static let root = UnitSeed(
        code: "LMHTXVN", name: "Liên minh Hợp tác xã Việt Nam", shortName: "Liên minh HTX Việt Nam", kind: .agency)

    public static let departments: [UnitSeed] = [
        UnitSeed(
            code: "VP", name: "Văn phòng Liên minh Hợp tác xã Việt Nam", shortName: "Văn phòng", kind: .department),
        UnitSeed(code: "BTCCB", name: "Ban Tổ chức cán bộ", shortName: "Ban TCCB", kind: .department),
        UnitSeed(code: "BTDKT", name: "Ban Thi đua - Khen thưởng", shortName: "Ban TĐKT", kind: .department),
    ]

    /// The 15 members of the bloc (the seed article: "Khối Thi đua gồm có 15 thành viên").
    public static let members: [UnitSeed] = [
        UnitSeed(code: "DV01", name: "Quỹ Phát triển Hợp tác xã", shortName: "Quỹ PTHTX", kind: .publicServiceUnit),
        UnitSeed(
            code: "DV02", name: "Viện Phát triển kinh tế hợp tác", shortName: "Viện PTKTHT", kind: .publicServiceUnit),
        UnitSeed(
            code: "DV03", name: "Trung tâm Tư vấn và Hỗ trợ phát triển hợp tác xã", shortName: "TT Tư vấn HTX",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV04", name: "Trung tâm Xúc tiến thương mại và Hợp tác quốc tế", shortName: "TT XTTM",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV05", name: "Trung tâm Khoa học công nghệ và Bảo vệ môi trường", shortName: "TT KHCN&BVMT",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV06", name: "Trung tâm Đào tạo, bồi dưỡng cán bộ hợp tác xã", shortName: "TT Đào tạo",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV07", name: "Trung tâm Hỗ trợ các chương trình kinh tế - xã hội",
            shortName: "TT Chương trình KT-XH", kind: .publicServiceUnit),
        UnitSeed(code: "DV08", name: "Tạp chí Kinh tế hợp tác", shortName: "Tạp chí KTHT", kind: .publicServiceUnit),
        UnitSeed(
            code: "DV09", name: "Trường Cao đẳng Kinh tế - Kỹ thuật Trung ương", shortName: "CĐ KTKT TW",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV10", name: "Trường Cao đẳng Kinh tế - Kỹ thuật miền Nam", shortName: "CĐ KTKT miền Nam",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV11", name: "Trung tâm Thông tin và Chuyển đổi số", shortName: "TT Thông tin",
            kind: .publicServiceUnit),
        UnitSeed(
            code: "DV12", name: "Công ty Cổ phần Đầu tư và Phát triển kinh tế hợp tác", shortName: "Cty ĐT&PT KTHT",
            kind: .enterprise),
        UnitSeed(
            code: "DV13", name: "Công ty TNHH MTV Thương mại và Dịch vụ Liên minh", shortName: "Cty TM&DV",
            kind: .enterprise),
        UnitSeed(
            code: "DV14", name: "Công ty Cổ phần Xúc tiến đầu tư và Phát triển ngành", shortName: "Cty XTĐT",
            kind: .enterprise),
        UnitSeed(
            code: "DV15", name: "Công ty TNHH Tư vấn và Chuyển giao công nghệ hợp tác xã", shortName: "Cty TV&CGCN",
            kind: .enterprise),
    ]

    public static let provincialAlliances: [UnitSeed] = [
        UnitSeed(
            code: "LM-DLK", name: "Liên minh Hợp tác xã tỉnh Đắk Lắk", shortName: "LMHTX Đắk Lắk",
            kind: .provincialAlliance),
        UnitSeed(
            code: "LM-DNO", name: "Liên minh Hợp tác xã tỉnh Đắk Nông", shortName: "LMHTX Đắk Nông",
            kind: .provincialAlliance),
        UnitSeed(
            code: "LM-GLA", name: "Liên minh Hợp tác xã tỉnh Gia Lai", shortName: "LMHTX Gia Lai",
            kind: .provincialAlliance),
        UnitSeed(
            code: "LM-KTU", name: "Liên minh Hợp tác xã tỉnh Kon Tum", shortName: "LMHTX Kon Tum",
            kind: .provincialAlliance),
        UnitSeed(
            code: "LM-LDO", name: "Liên minh Hợp tác xã tỉnh Lâm Đồng", shortName: "LMHTX Lâm Đồng",
            kind: .provincialAlliance),
    ]

    /// Head and deputy per year; the Cooperative Development Fund heads the bloc in 2022.
    public static let rotation: [Int: (head: String, deputy: String)] = [
        2021: ("DV03", "DV01"),
        2022: ("DV01", "DV09"),
        2023: ("DV09", "DV12"),
    ]

    public static let clusterRotation: [Int: (head: String, deputy: String)] = [
        2022: ("LM-DNO", "LM-DLK"),
        2023: ("LM-DLK", "LM-GLA"),
    ]

    /// People named in the seed article, with their units and positions.
    public static let namedPeople: [(name: String, gender: Person.Gender, born: Int, unit: String, position: String)] =
        [
            ("Lê Văn Nghị", .male, 1966, "LMHTXVN", "Phó Chủ tịch"),
            ("Nguyễn Mạnh Cường", .male, 1970, "LMHTXVN", "Phó Chủ tịch"),
            ("Phạm Công Bằng", .male, 1972, "DV01", "Tổng Giám đốc"),
            // Two spellings of one name (tone on a different vowel); the second arrives as NFD,
            // as old keyboards send it. Search must find both.
            ("Nguyễn Văn Hoà", .male, 1985, "DV01", "Chuyên viên"),
            ("Nguyễn Văn Hòa".decomposedStringWithCanonicalMapping, .male, 1990, "DV02", "Nghiên cứu viên"),
        ]

    /// The member companies' staff below their managers are workers (công nhân, người lao động); everyone
    /// else in the demo is a public employee. Decided without the random generator, so the rest stays the same.
    public static func category(of seed: UnitSeed, staffIndex: Int) -> Person.Category {
        seed.kind == .enterprise && staffIndex >= DemoNames.managerCount ? .worker : .publicEmployee
    }

    public struct Summary: Sendable, Equatable {
        public var units: Int
        public var blocs: Int
        public var memberships: Int
        public var people: Int
        public var historyEntries = 0
        public var movements = 0
        public var accounts: [String]
    }

    public enum Problem: Error, CustomStringConvertible {
        case notEmpty
        public var description: String {
            "Cơ sở dữ liệu đã có dữ liệu. Dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống: hãy dùng một THIDUA_DATA_DIR hoặc DATABASE_URL mới."
        }
    }

    /// True when the database holds no unit and no account.
    public static func isEmpty(_ store: any DataStore) async throws -> Bool {
        let units = try await store.units.list(ListQuery(perPage: 1), includeInactive: true).total
        let accounts = try await store.accounts.count()
        return units == 0 && accounts == 0
    }

    /// Loads everything in one transaction; `progress` gets a Vietnamese line per step. `histories` adds the
    /// bloc's 2020–2026 histories (about 4,700 entries); tests that do not read them leave them out to stay fast.
    /// `review` adds the bloc's 2022 review; store tests that build their own review leave it out.
    public static func load(
        into store: any DataStore, hasher: any PasswordHasher, histories: Bool = true, review: Bool = true,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> Summary {
        guard try await isEmpty(store) else { throw Problem.notEmpty }
        let passwordHash = try hasher.hash(password)
        let summary = try await store.acting(as: "demo").transaction { tx in
            var summary = Summary(units: 0, blocs: 0, memberships: 0, people: 0, accounts: [])
            var unitIDs: [String: UUID] = [:]
            func addUnit(_ seed: UnitSeed, parent: UUID?, from: LocalDate) async throws {
                let unit = OrgUnit(
                    code: seed.code, name: seed.name, shortName: seed.shortName, kind: seed.kind,
                    parentID: parent, activeFrom: from)
                try await tx.units.insert(unit)
                unitIDs[seed.code] = unit.id
                summary.units += 1
            }
            progress("Đang tạo đơn vị…")
            try await addUnit(root, parent: nil, from: LocalDate(year: 1993, month: 4, day: 11)!)
            for seed in departments + members {
                try await addUnit(seed, parent: unitIDs[root.code], from: LocalDate(year: 2005, month: 1, day: 1)!)
            }
            for seed in provincialAlliances {
                try await addUnit(seed, parent: unitIDs[root.code], from: LocalDate(year: 2004, month: 1, day: 1)!)
            }

            progress("Đang tạo khối thi đua và luân phiên trưởng khối 2021–2023…")
            let bloc = Bloc(
                code: blocCode,
                name: "Khối thi đua các đơn vị sự nghiệp và doanh nghiệp trực thuộc Liên minh Hợp tác xã Việt Nam",
                kind: .bloc,
                note:
                    "Tham mưu cho Thường trực Liên minh Hợp tác xã Việt Nam về phát triển kinh tế tập thể, hợp tác xã.")
            let cluster = Bloc(
                code: "CTD-TN", name: "Cụm thi đua Liên minh Hợp tác xã 5 tỉnh Tây Nguyên", kind: .cluster)
            try await tx.blocs.insert(bloc)
            try await tx.blocs.insert(cluster)
            summary.blocs = 2
            for year in years {
                let r = rotation[year]!
                for seed in members {
                    let role: BlocMembership.Role =
                        seed.code == r.head ? .head : seed.code == r.deputy ? .deputyHead : .member
                    try await tx.blocs.save(
                        BlocMembership(blocID: bloc.id, unitID: unitIDs[seed.code]!, year: year, role: role))
                    summary.memberships += 1
                }
            }
            for (year, r) in clusterRotation.sorted(by: { $0.key < $1.key }) {
                for seed in provincialAlliances {
                    let role: BlocMembership.Role =
                        seed.code == r.head ? .head : seed.code == r.deputy ? .deputyHead : .member
                    try await tx.blocs.save(
                        BlocMembership(blocID: cluster.id, unitID: unitIDs[seed.code]!, year: year, role: role))
                    summary.memberships += 1
                }
            }

            progress("Đang tạo danh sách cán bộ, viên chức…")
            let since = LocalDate(year: 2020, month: 1, day: 1)!
            for p in namedPeople {
                let person = try PersonDraft(
                    fullName: p.name, gender: p.gender.rawValue, birthYear: p.born,
                    unitID: unitIDs[p.unit], position: p.position
                ).validated()
                try await tx.people.insert(person, since: since)
                summary.people += 1
            }
            var rng = SplitMix64(seed: 2022)
            var created: [Person] = []
            for seed in [root] + departments + members + provincialAlliances {
                let staff =
                    seed.kind == .provincialAlliance ? 6 : seed.kind == .department ? 5 : 17 + Int(rng.next() % 6)
                // The Fund's head is named in the seed; do not invent a second one.
                for i in (seed.code == "DV01" ? 1 : 0)..<staff {
                    let gender: Person.Gender = rng.next() % 2 == 0 ? .male : .female
                    let person = Person(
                        fullName: DemoNames.random(gender, &rng), gender: gender,
                        category: category(of: seed, staffIndex: i),
                        birthYear: 1962 + Int(rng.next() % 38), unitID: unitIDs[seed.code]!,
                        position: DemoNames.position(index: i, kind: seed.kind, &rng),
                        status: rng.next() % 29 == 0 ? .retired : .working)
                    try await tx.people.insert(person, since: since)
                    created.append(person)
                    summary.people += 1
                }
            }

            if histories {
                progress("Đang tạo quá trình thi đua, khen thưởng 2020–2026 của các đơn vị trong khối…")
                let memberIDs = members.map { unitIDs[$0.code]! }
                var historyRNG = SplitMix64(seed: 2024)
                let entries = DemoHistories.entries(
                    people: created.filter { memberIDs.contains($0.unitID) }, units: memberIDs, rng: &historyRNG)
                try await tx.history.insertMany(entries)
                summary.historyEntries = entries.count
            }

            progress("Đang tạo phong trào, đăng ký và giao ước thi đua 2022–2023 của khối…")
            var memberUnits: [OrgUnit] = []
            for seed in members { if let u = try await tx.units.find(unitIDs[seed.code]!) { memberUnits.append(u) } }
            summary.movements = try await DemoMovements.load(
                into: tx, bloc: bloc.id, members: memberUnits, people: created)
            if review {
                progress("Đang tạo cuộc tổng kết năm 2022 của khối: bảng tiêu chí, tự chấm, chấm chéo, bỏ phiếu…")
                try await DemoReview.load(into: tx, bloc: bloc.id, members: memberUnits)
            }

            progress("Đang tạo tài khoản dùng thử…")
            var accounts: [Account] = [
                Account(username: "admin", displayName: "Quản trị hệ thống", role: .admin),
                Account(username: "thuky", displayName: "Thư ký Khối thi đua", role: .blocSecretary, blocID: bloc.id),
                Account(username: "lanhdao", displayName: "Lãnh đạo Liên minh", role: .leader),
                Account(username: "hoidong", displayName: "Thành viên Hội đồng TĐKT", role: .councilMember),
            ]
            for (i, seed) in members.enumerated() {
                accounts.append(
                    Account(
                        username: String(format: "canbo%02d", i + 1), displayName: "Cán bộ thi đua – \(seed.shortName)",
                        role: .unitOfficer, unitID: unitIDs[seed.code]))
            }
            for account in accounts {
                try await tx.accounts.insert(account, passwordHash: passwordHash)
                summary.accounts.append(account.username)
            }
            progress(
                "Đã nạp dữ liệu mẫu: \(summary.units) đơn vị, \(summary.blocs) khối/cụm, \(summary.people) người, \(summary.historyEntries) mục quá trình, \(summary.accounts.count) tài khoản."
            )
            return summary
        }
        // The demo ballot was cast in a known order: purge what the database kept of it.
        try await store.ballots.forgetCastingOrder()
        return summary
    }
}

/// A small seeded generator, so the demo is the same on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
