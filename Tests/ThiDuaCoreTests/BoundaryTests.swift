import Foundation
import Testing

/// Rules of the code's shape that a reviewer would otherwise have to remember (docs/ARCHITECTURE.md): roles
/// are compared only in the access policy, and no request handler can reach an unpaged read of a whole table.
/// The checks read the sources next to this file, so they work in any checkout.
@Suite struct BoundaryTests {
    private static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each Swift line under `Sources/<folder>`, with its path relative to the package, comments dropped.
    private static func lines(under folder: String) -> [(path: String, number: Int, code: String)] {
        let dir = root.appendingPathComponent("Sources").appendingPathComponent(folder)
        guard let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var out: [(String, Int, String)] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let path = String(file.path.dropFirst(root.path.count + 1))
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for (i, line) in text.components(separatedBy: "\n").enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                out.append((path, i + 1, code))
            }
        }
        return out.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// A role named in a comparison, a `case` or a `contains`; constructing an account (`role: .admin`) is not one.
    static func comparesRoles(_ code: String) -> Bool {
        let roles = "(admin|blocSecretary|unitOfficer|councilMember|leader)"
        let named = code.range(of: "(?<!role: )\\.\(roles)\\b", options: .regularExpression) != nil
        let compared = code.range(
            of: "account\\.role\\s*(==|!=)|(==|!=)\\s*[A-Za-z.]*account\\.role|switch\\s+[A-Za-z.]*account\\.role",
            options: .regularExpression)
        return named || compared != nil
    }

    @Test func theCheckRecognisesARoleComparison() {
        #expect(Self.comparesRoles("guard account.role == .admin else {"))
        #expect(Self.comparesRoles("case .unitOfficer: return x"))
        #expect(Self.comparesRoles("if [.leader, .admin].contains(account.role) {"))
        #expect(Self.comparesRoles("let same = account.role == other.account.role"))
        #expect(Self.comparesRoles("switch policy.account.role {"))
        #expect(!Self.comparesRoles("if role != .member {"))
        #expect(!Self.comparesRoles("Account(username: \"x\", displayName: \"X\", role: .admin)"))
        #expect(!Self.comparesRoles("membership.roleBadge"))
    }

    @Test func rolesAreComparedOnlyInTheAccessPolicy() {
        // The demo seeds accounts of each role, which is data, not a rule.
        let allowed = ["Sources/ThiDuaCore/Access/", "Sources/ThiDuaCore/Demo/"]
        let found = ["ThiDuaCore", "ThiDuaStore", "ThiDuaWeb", "ThiDuaDocuments", "thidua"]
            .flatMap { Self.lines(under: $0) }
            .filter { line in !allowed.contains { line.path.hasPrefix($0) } }
            .filter { Self.comparesRoles($0.code) }
            .map { "\($0.path):\($0.number): \($0.code.trimmingCharacters(in: .whitespaces))" }
        #expect(found.isEmpty, "role comparisons outside Sources/ThiDuaCore/Access/:\n\(found.joined(separator: "\n"))")
    }

    /// `.all()` on a store port reads a whole table. The web target has none, and neither has any use case it
    /// calls: the core keeps none outside the demo loader, which runs at start, not per request.
    @Test func noRequestHandlerReachesAWholeTableRead() {
        let found = (Self.lines(under: "ThiDuaWeb") + Self.lines(under: "ThiDuaCore"))
            .filter { !$0.path.hasPrefix("Sources/ThiDuaCore/Demo/") }
            .filter { $0.code.range(of: "\\.all\\(\\)", options: .regularExpression) != nil }
            .map { "\($0.path):\($0.number): \($0.code.trimmingCharacters(in: .whitespaces))" }
        #expect(found.isEmpty, "whole-table reads reachable from a request:\n\(found.joined(separator: "\n"))")
    }

    /// The ports themselves offer no `all()`: an unpaged read has a name that says what it is bounded by.
    @Test func thePortsOfferNoAll() {
        let found = Self.lines(under: "ThiDuaCore")
            .filter { $0.code.contains("func all()") }
            .map { "\($0.path):\($0.number)" }
        #expect(found.isEmpty, "ports with all(): \(found)")
    }
}
