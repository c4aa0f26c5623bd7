import Foundation

/// Registrations for a movement: a unit's targets, who has not registered, and targets the history rules out.
public struct RegistrationService: UseCases {
    public let store: any DataStore
    public let account: Account
    let movements: MovementService

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
        self.movements = MovementService(store: store, account: account)
    }

    public struct Participation: Sendable {
        public var unit: OrgUnit
        public var registration: Registration?
        /// Registered after the deadline (recorded by the admin).
        public var late: Bool
    }

    /// Every participating unit the account may see, with its registration or none.
    public func participation(_ movementID: UUID) async throws -> (Movement, [Participation]) {
        let m = try await movements.movement(movementID)
        let scope = try await unitScope()
        let registrations = Dictionary(
            try await store.registrations.list(movement: m.id).map { ($0.unitID, $0) }, uniquingKeysWith: { a, _ in a })
        let units = try await movements.participants(m).filter { scope.contains($0.id) }
        return (
            m,
            units.map { u in
                let r = registrations[u.id]
                return Participation(
                    unit: u, registration: r,
                    late: r.map { reg in m.registrationDeadline.map { reg.registeredOn > $0 } ?? false } ?? false)
            }
        )
    }

    public func registration(_ movementID: UUID, unit unitID: UUID) async throws -> Registration? {
        _ = try await movements.movement(movementID)
        guard try await unitScope().contains(unitID) else { throw DomainError.notFound("đơn vị") }
        return try await store.registrations.find(movement: movementID, unit: unitID)
    }

    /// Registers (or changes) a unit's targets. A unit officer registers only for their own unit and before
    /// the deadline; the admin may record a late one. `version` is 0 for a first registration.
    public func register(
        _ movementID: UUID, unit unitID: UUID, collective: [String], individual: [UUID: [String]],
        version: Int, today: LocalDate
    ) async throws -> (Registration, [RegistrationWarning]) {
        let policy = AccessPolicy(account: account)
        guard policy.registersUnits else { throw DomainError.forbidden }
        guard policy.canRegister(forUnit: unitID) else { throw DomainError.notFound("đơn vị") }
        let (r, m) = try await inTransaction { s in
            try await s.saving(
                movementID, unit: unitID, collective: collective, individual: individual, version: version,
                today: today)
        }
        return (r, try await warnings(r, movement: m))
    }

    private func saving(
        _ movementID: UUID, unit unitID: UUID, collective: [String], individual: [UUID: [String]],
        version: Int, today: LocalDate
    ) async throws -> (Registration, Movement) {
        let m = try await movements.movement(movementID)
        if let closed = m.registrationClosed(
            on: today, lateAllowed: AccessPolicy(account: account).registersAfterTheDeadline)
        {
            throw DomainError.conflict(closed)
        }
        guard try await movements.participants(m).contains(where: { $0.id == unitID }) else {
            throw DomainError.invalid([FieldError("unit", "Đơn vị không tham gia phong trào này.")])
        }
        var errors: [FieldError] = []
        let people = Dictionary(
            try await store.people.people(inUnits: [unitID], status: .working).map { ($0.id, $0) },
            uniquingKeysWith: { a, _ in a })
        for code in collective where Catalogue.entry(code).map({ !$0.subjectKinds.contains(.collective) }) ?? true {
            errors.append(FieldError("collective", "“\(code)” không phải danh hiệu, hình thức cho tập thể."))
        }
        for (personID, codes) in individual {
            guard people[personID] != nil else {
                errors.append(FieldError("individual", "Người đăng ký không thuộc đơn vị."))
                continue
            }
            for code in codes where Catalogue.entry(code).map({ !$0.subjectKinds.contains(.person) }) ?? true {
                errors.append(FieldError("individual", "“\(code)” không phải danh hiệu, hình thức cho cá nhân."))
            }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        let targets = individual.filter { !$0.value.isEmpty }
            .map { Registration.IndividualTarget(personID: $0.key, codes: $0.value.sorted()) }
            .sorted {
                VietnameseText.namesAreInIncreasingOrder(people[$0.personID]!.fullName, people[$1.personID]!.fullName)
            }
        let current = try await store.registrations.find(movement: m.id, unit: unitID)
        var r = Registration(
            id: current?.id ?? UUID(), movementID: m.id, unitID: unitID, collectiveCodes: collective.sorted(),
            individual: targets,
            registeredBy: account.displayName, registeredOn: today, version: version)
        if current == nil {
            guard version == 0 else { throw DomainError.staleVersion("Bản đăng ký của đơn vị") }
            r.version = 1
            try await store.registrations.insert(r)
        } else {
            r = try await store.registrations.update(r)
        }
        return (r, m)
    }

    /// Targets already impossible from the history, even with the best the year can bring.
    public func warnings(_ r: Registration, movement m: Movement) async throws -> [RegistrationWarning] {
        let engine = try await EligibilityService(store: store, account: account).engine()
        var warnings: [RegistrationWarning] = []
        func check(_ h: CompactHistory, _ codes: [String]) {
            let best = engine.bestCase(h, year: m.year)
            for code in codes {
                guard let entry = Catalogue.entry(code) else { continue }
                let result = engine.evaluate(best, entry: entry, year: m.year)
                if result.outcome == .notEligible {
                    warnings.append(
                        RegistrationWarning(
                            subjectName: h.name, code: code,
                            reasons: result.reasons.filter { $0.holds == false }.map(\.text)))
                }
            }
        }
        if !r.collectiveCodes.isEmpty, let unit = try await store.units.find(r.unitID) {
            let entries = try await store.history.entries(of: .collective, r.unitID)
            check(
                HistoryCompaction.collective(unit, entries: entries, members: [], memberEntries: [:], year: m.year),
                r.collectiveCodes)
        }
        let ids = r.individual.map(\.personID)
        let entries = Dictionary(grouping: try await store.history.entries(of: .person, subjects: ids), by: \.subjectID)
        for target in r.individual {
            guard let p = try await store.people.find(target.personID) else { continue }
            check(HistoryCompaction.person(p, entries: entries[p.id] ?? []), target.codes)
        }
        return warnings
    }

    private func unitScope() async throws -> UnitScope {
        try await AccessPolicy(account: account).unitScope { bloc in try await store.blocs.unitIDs(inBloc: bloc) }
    }
}
