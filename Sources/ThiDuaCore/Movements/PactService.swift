import Foundation

/// A bloc's yearly pact: the admin or the bloc's secretary writes it; each member unit signs once.
public struct PactService: UseCases {
    public let store: any DataStore
    public let account: Account

    public init(store: any DataStore, account: Account) {
        self.store = store.acting(as: account.username)
        self.account = account
    }

    public struct Status: Sendable {
        public var bloc: Bloc
        public var year: Int
        public var pact: Pact?
        public var members: [(unit: OrgUnit, signature: PactSignature?)]
        public var canEdit: Bool
        /// The units the account may sign for.
        public var canSignFor: Set<UUID>
    }

    public func status(bloc blocID: UUID, year: Int) async throws -> Status {
        guard let bloc = try await store.blocs.find(blocID) else { throw DomainError.notFound("khối thi đua") }
        let pact = try await store.pacts.find(bloc: blocID, year: year)
        let signatures = Dictionary(
            try await pact.asyncMap { try await store.pacts.signatures(of: $0.id) }?.map { ($0.unitID, $0) } ?? [],
            uniquingKeysWith: { a, _ in a })
        let units = try await store.blocs.latestMembers(of: blocID, upTo: year).members.map(\.unit)
        let canSign: Set<UUID> =
            pact == nil
            ? []
            : Set(
                units.map(\.id).filter { id in
                    signatures[id] == nil && AccessPolicy(account: account).canSignPact(forUnit: id)
                })
        return Status(
            bloc: bloc, year: year, pact: pact, members: units.map { ($0, signatures[$0.id]) },
            canEdit: canEdit(blocID), canSignFor: canSign)
    }

    func canEdit(_ blocID: UUID) -> Bool { AccessPolicy(account: account).canEditPact(ofBloc: blocID) }

    /// Writes or rewrites the text; `version` 0 creates it.
    public func save(bloc blocID: UUID, year: Int, text: String, version: Int) async throws -> Pact {
        guard canEdit(blocID) else { throw DomainError.forbidden }
        let text = VietnameseText.paragraphs(text)
        guard !text.isEmpty else {
            throw DomainError.invalid([FieldError("text", "Nội dung giao ước không được để trống.")])
        }
        // The check that nobody has signed and the rewrite are one transaction: a signature cannot slip between.
        return try await inTransaction { s in try await s.saving(bloc: blocID, year: year, text: text, version: version)
        }
    }

    private func saving(bloc blocID: UUID, year: Int, text: String, version: Int) async throws -> Pact {
        guard try await store.blocs.find(blocID) != nil else { throw DomainError.notFound("khối thi đua") }
        if var pact = try await store.pacts.find(bloc: blocID, year: year) {
            try await store.pacts.lock(pact.id)
            guard try await store.pacts.signatures(of: pact.id).isEmpty else {
                throw DomainError.conflict("Đã có đơn vị ký giao ước: không sửa nội dung được nữa.")
            }
            pact.text = text
            pact.version = version
            return try await store.pacts.update(pact)
        }
        guard version == 0 else { throw DomainError.staleVersion("Giao ước thi đua") }
        let pact = Pact(blocID: blocID, year: year, text: text)
        try await store.pacts.insert(pact)
        return pact
    }

    /// A member unit signs: its officer (or the admin on its behalf) records who signed and when.
    public func sign(bloc blocID: UUID, year: Int, unit unitID: UUID, signedBy: String, today: LocalDate) async throws {
        try await inTransaction { s in
            try await s.signing(bloc: blocID, year: year, unit: unitID, signedBy: signedBy, today: today)
        }
    }

    private func signing(bloc blocID: UUID, year: Int, unit unitID: UUID, signedBy: String, today: LocalDate)
        async throws
    {
        if let pact = try await store.pacts.find(bloc: blocID, year: year) { try await store.pacts.lock(pact.id) }
        let status = try await status(bloc: blocID, year: year)
        guard let pact = status.pact else { throw DomainError.conflict("Khối chưa có giao ước năm \(year).") }
        guard status.members.contains(where: { $0.unit.id == unitID }) else { throw DomainError.notFound("đơn vị") }
        guard AccessPolicy(account: account).canSignPact(forUnit: unitID) else { throw DomainError.forbidden }
        let name = VietnameseText.normalized(signedBy)
        guard !name.isEmpty else {
            throw DomainError.invalid([FieldError("signedBy", "Hãy ghi họ tên, chức vụ người ký.")])
        }
        try await store.pacts.sign(
            PactSignature(pactID: pact.id, unitID: unitID, signedBy: name, account: account.username, signedOn: today))
    }
}
