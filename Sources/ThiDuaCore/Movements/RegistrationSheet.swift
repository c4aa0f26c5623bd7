import Foundation

extension RegistrationService {
    /// A movement's registrations as spreadsheet rows: one row per unit that has not registered, per unit's
    /// collective targets and per person's targets, with who registered and when.
    public func sheet(_ movementID: UUID) async throws -> (movement: Movement, rows: [[SheetValue]]) {
        let (m, list) = try await participation(movementID)
        let people = Dictionary(
            try await store.people.people(inUnits: list.map(\.unit.id), status: nil).map { ($0.id, $0.fullName) },
            uniquingKeysWith: { a, _ in a })
        func names(_ codes: [String]) -> SheetValue {
            .text(codes.map { Catalogue.entry($0)?.name ?? $0 }.joined(separator: "; "))
        }
        var rows: [[SheetValue]] = [
            ["Đơn vị", "Đối tượng", "Danh hiệu, hình thức đăng ký", "Người đăng ký", "Ngày đăng ký"].map(
                SheetValue.text)
        ]
        for p in list {
            guard let r = p.registration else {
                rows.append([.text(p.unit.name), .text("—"), .text("Chưa đăng ký"), .empty, .empty])
                continue
            }
            if !r.collectiveCodes.isEmpty {
                rows.append([
                    .text(p.unit.name), .text("Tập thể"), names(r.collectiveCodes), .text(r.registeredBy),
                    .date(r.registeredOn),
                ])
            }
            for t in r.individual {
                rows.append([
                    .text(p.unit.name), .text(people[t.personID] ?? ""), names(t.codes), .text(r.registeredBy),
                    .date(r.registeredOn),
                ])
            }
        }
        return (m, rows)
    }
}
