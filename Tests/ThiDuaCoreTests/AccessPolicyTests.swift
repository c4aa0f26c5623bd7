import Foundation
import Testing

@testable import ThiDuaCore

/// The authorization rules, role by role.
@Suite struct AccessPolicyTests {

    private static let ownUnit = UUID()
    private static let otherUnit = UUID()
    private static let ownBloc = UUID()
    private static let otherBloc = UUID()

    private func policy(_ role: Role, unitID: UUID? = nil, blocID: UUID? = nil) -> AccessPolicy {
        AccessPolicy(
            account: Account(username: "u", displayName: "Người dùng", role: role, unitID: unitID, blocID: blocID))
    }

    /// The account for each role as the demo sets it up: an officer has a unit, a secretary a bloc.
    private func scopedPolicy(_ role: Role) -> AccessPolicy {
        switch role {
        case .unitOfficer: return policy(role, unitID: Self.ownUnit)
        case .blocSecretary: return policy(role, blocID: Self.ownBloc)
        default: return policy(role)
        }
    }

    /// A closure that must not be called.
    private static func unexpectedBlocLookup(_ bloc: UUID) async throws -> Set<UUID> {
        Issue.record("bloc units asked for \(bloc)")
        return []
    }

    // MARK: unitScope

    @Test(arguments: [Role.admin, .councilMember, .leader])
    func broadRolesSeeAllPeopleWithoutAskingForBlocUnits(role: Role) async throws {
        // setup
        let p = scopedPolicy(role)
        // MUT
        let scope = try await p.unitScope(blocUnitIDs: Self.unexpectedBlocLookup)
        // validation
        #expect(scope == .all)
    }

    @Test func unitOfficerSeesOnlyOwnUnit() async throws {
        // setup
        let p = policy(.unitOfficer, unitID: Self.ownUnit, blocID: Self.ownBloc)
        // MUT
        let scope = try await p.unitScope(blocUnitIDs: Self.unexpectedBlocLookup)
        // validation
        #expect(scope == .units([Self.ownUnit]))
        #expect(scope.contains(Self.ownUnit))
        #expect(!scope.contains(Self.otherUnit))
    }

    @Test func unitOfficerWithoutUnitSeesNobody() async throws {
        // setup
        let p = policy(.unitOfficer)
        // MUT
        let scope = try await p.unitScope(blocUnitIDs: Self.unexpectedBlocLookup)
        // validation
        #expect(scope == .units([]))
    }

    @Test func blocSecretarySeesTheUnitsOfTheirBloc() async {
        // setup
        let p = policy(.blocSecretary, unitID: Self.otherUnit, blocID: Self.ownBloc)
        let blocUnits: Set<UUID> = [UUID(), UUID(), Self.ownUnit]
        let asked = LockedBox<[UUID]>([])
        // MUT
        let scope = await p.unitScope { bloc in
            asked.mutate { $0.append(bloc) }
            return bloc == Self.ownBloc ? blocUnits : [Self.otherUnit]
        }
        // validation
        #expect(scope == .units(blocUnits))
        #expect(asked.value == [Self.ownBloc])
        #expect(!scope.contains(Self.otherUnit))  // the secretary's own unitID does not widen the scope
    }

    @Test func blocSecretaryWithoutBlocSeesNobody() async throws {
        // setup
        let p = policy(.blocSecretary)
        // MUT
        let scope = try await p.unitScope(blocUnitIDs: Self.unexpectedBlocLookup)
        // validation
        #expect(scope == .units([]))
    }

    @Test func blocLookupErrorPropagates() async {
        // setup
        struct LookupFailed: Error, Equatable {}
        let p = policy(.blocSecretary, blocID: Self.ownBloc)
        // MUT
        // validation
        await #expect(throws: LookupFailed()) {
            _ = try await p.unitScope { _ in throw LookupFailed() }
        }
    }

    // MARK: editing people

    @Test func canEditPeopleOfUnit() {
        // setup
        let expectations: [(Role, own: Bool, other: Bool)] = [
            (.admin, true, true),
            (.unitOfficer, true, false),
            (.blocSecretary, false, false),
            (.councilMember, false, false),
            (.leader, false, false),
        ]
        #expect(Set(expectations.map(\.0)) == Set(Role.allCases))
        for (role, own, other) in expectations {
            let p = scopedPolicy(role)
            // MUT
            let canOwn = p.canEditPeople(ofUnit: Self.ownUnit)
            let canOther = p.canEditPeople(ofUnit: Self.otherUnit)
            // validation
            #expect(canOwn == own, "\(role) own unit")
            #expect(canOther == other, "\(role) other unit")
        }
    }

    @Test func unitOfficerWithoutUnitEditsNobody() {
        // setup
        let p = policy(.unitOfficer)
        // MUT
        let can = p.canEditPeople(ofUnit: Self.ownUnit)
        // validation
        #expect(can == false)
    }

    @Test(arguments: Role.allCases)
    func onlyAdminMovesPeopleAndManagesOrganizationAndAccounts(role: Role) {
        // setup
        let p = scopedPolicy(role)
        // MUT
        let move = p.canMovePeople
        let organization = p.canManageOrganization
        let accounts = p.canManageAccounts
        // validation
        #expect(move == (role == .admin))
        #expect(organization == (role == .admin))
        #expect(accounts == (role == .admin))
    }

    // MARK: bloc membership

    @Test func canManageMembershipOfBloc() {
        // setup
        let expectations: [(Role, own: Bool, other: Bool)] = [
            (.admin, true, true),
            (.blocSecretary, true, false),
            (.unitOfficer, false, false),
            (.councilMember, false, false),
            (.leader, false, false),
        ]
        #expect(Set(expectations.map(\.0)) == Set(Role.allCases))
        for (role, own, other) in expectations {
            let p = scopedPolicy(role)
            // MUT
            let canOwn = p.canManageMembership(ofBloc: Self.ownBloc)
            let canOther = p.canManageMembership(ofBloc: Self.otherBloc)
            // validation
            #expect(canOwn == own, "\(role) own bloc")
            #expect(canOther == other, "\(role) other bloc")
        }
    }

    @Test func blocSecretaryWithoutBlocManagesNoBloc() {
        // setup
        let p = policy(.blocSecretary)
        // MUT
        let can = p.canManageMembership(ofBloc: Self.ownBloc)
        // validation
        #expect(can == false)
    }

    // MARK: UnitScope

    @Test func unitScopeContains() {
        // setup
        let a = UUID()
        let b = UUID()
        let c = UUID()
        // MUT
        let all = UnitScope.all
        let some = UnitScope.units([a, b])
        let none = UnitScope.units([])
        // validation
        #expect(all.contains(c))
        #expect(some.contains(a))
        #expect(some.contains(b))
        #expect(!some.contains(c))
        #expect(!none.contains(a))
    }
}

/// A tiny thread-safe box, so a `@Sendable` closure can record what it was asked.
private final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
    func mutate(_ body: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&stored)
    }
}
