import Foundation

/// Something an account must do, and by when: what its home page lists first.
public struct HomeTask: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case registration(movementID: UUID)
        case movement(UUID)
        case pact(blocID: UUID, year: Int)
        case eligibility(year: Int)
    }

    public var text: String
    public var due: LocalDate?
    public var target: Target

    public init(text: String, due: LocalDate? = nil, target: Target) {
        self.text = text
        self.due = due
        self.target = target
    }
}

/// The to-do list of a home page, by role: registrations still open, pacts to write or sign, movements to
/// launch, bulletin items to approve, the year's review. Reads only this year's movements and the account's
/// own bloc or unit, so it stays cheap however large the organization.
public struct HomeTasks: Sendable {
    let store: any DataStore
    let account: Account
    let policy: AccessPolicy

    public init(store: any DataStore, account: Account) {
        self.store = store
        self.account = account
        self.policy = AccessPolicy(account: account)
    }

    public func list(today: LocalDate) async throws -> [HomeTask] {
        var tasks: [HomeTask] = []
        let service = MovementService(store: store, account: account)
        let movements =
            try await service.list(MovementFilter(year: today.year))
            + (try await service.list(MovementFilter(year: today.year + 1)))
        let open = movements.filter { m in m.status == .launched && (m.registrationDeadline.map { $0 >= today } ?? true)
        }
        switch policy.reach {
        case .unit(let unit):
            guard let unit else { break }
            for m in open where try await participates(unit, in: m) {
                if try await store.registrations.find(movement: m.id, unit: unit) == nil {
                    tasks.append(
                        HomeTask(
                            text: "Đăng ký thi đua: \(m.title)", due: m.registrationDeadline,
                            target: .registration(movementID: m.id)))
                }
            }
            // The blocs the unit is in this year: by the latest list up to this year, as the pact page counts them.
            var seen = Set<UUID>()
            for (bloc, membership) in try await store.blocs.memberships(ofUnit: unit)
            where membership.year <= today.year && bloc.activeTo == nil {
                guard seen.insert(bloc.id).inserted,
                    try await store.blocs.latestMembers(of: bloc.id, upTo: today.year).members.contains(where: {
                        $0.unit.id == unit
                    }),
                    let pact = try await store.pacts.find(bloc: bloc.id, year: today.year)
                else { continue }
                if try await !store.pacts.signatures(of: pact.id).contains(where: { $0.unitID == unit }) {
                    tasks.append(
                        HomeTask(
                            text: "Ký giao ước thi đua năm \(today.year) của \(bloc.name)",
                            target: .pact(blocID: bloc.id, year: today.year)))
                }
            }
        case .bloc(let blocID):
            guard let blocID, let bloc = try await store.blocs.find(blocID) else { break }
            for m in open where m.scopeKind == .bloc && m.scopeID == blocID {
                let (_, list) = try await RegistrationService(store: store, account: account).participation(m.id)
                let missing = list.filter { $0.registration == nil }.count
                if missing > 0 {
                    tasks.append(
                        HomeTask(
                            text: "Theo dõi đăng ký “\(m.title)”: còn \(missing)/\(list.count) đơn vị chưa đăng ký",
                            due: m.registrationDeadline, target: .registration(movementID: m.id)))
                }
            }
            tasks += try await pactTasks(bloc, year: today.year)
        case .organization:
            for m in movements where m.status == .draft && service.canManage(m.scopeKind, m.scopeID) {
                tasks.append(
                    HomeTask(text: "Phong trào chưa phát động: \(m.title)", due: m.periodFrom, target: .movement(m.id)))
            }
        }
        for m in movements where m.bulletinHeld == true {
            if try await service.canApproveBulletin(m) {
                tasks.append(HomeTask(text: "Duyệt đăng bản tin: \(m.title)", target: .movement(m.id)))
            }
        }
        if policy.reviewsCommendations, today.month >= 11 || today.month == 1 {
            let year = today.month == 1 ? today.year - 1 : today.year
            tasks.append(
                HomeTask(
                    text: "Xét điều kiện danh hiệu, khen thưởng năm \(year) (tổng kết cuối năm)",
                    target: .eligibility(year: year)))
        }
        // Dated tasks first, soonest first; then the others by name.
        return tasks.sorted { a, b in
            switch (a.due, b.due) {
            case (let x?, let y?): return x != y ? x < y : a.text < b.text
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.text < b.text
            }
        }
    }

    private func participates(_ unit: UUID, in m: Movement) async throws -> Bool {
        switch m.scopeKind {
        case .organization: return true
        case .unit: return m.scopeID == unit
        case .bloc:
            guard let bloc = m.scopeID else { return false }
            return try await store.blocs.latestMembers(of: bloc, upTo: m.year).members.contains { $0.unit.id == unit }
        }
    }

    /// The secretary writes the year's pact, then sees who has not signed it yet.
    private func pactTasks(_ bloc: Bloc, year: Int) async throws -> [HomeTask] {
        guard bloc.activeTo == nil else { return [] }
        guard let pact = try await store.pacts.find(bloc: bloc.id, year: year) else {
            return [
                HomeTask(
                    text: "Soạn giao ước thi đua năm \(year) của \(bloc.name)",
                    target: .pact(blocID: bloc.id, year: year))
            ]
        }
        let signed = Set(try await store.pacts.signatures(of: pact.id).map(\.unitID))
        let members = try await store.blocs.latestMembers(of: bloc.id, upTo: year).members
        let missing = members.filter { !signed.contains($0.unit.id) }.count
        return missing == 0
            ? []
            : [
                HomeTask(
                    text: "Giao ước thi đua năm \(year): còn \(missing)/\(members.count) đơn vị chưa ký",
                    target: .pact(blocID: bloc.id, year: year))
            ]
    }
}
