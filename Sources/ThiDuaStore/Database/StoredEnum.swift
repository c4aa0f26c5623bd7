import ThiDuaCore

/// A stored enum read back. An unknown raw value is an error that names the table and column: a default in its
/// place (a man for an unknown gender, an update for an unknown audit action) would silently change a record.
func stored<E: RawRepresentable>(_ raw: E.RawValue, _ table: String, _ column: String) throws -> E {
    guard let value = E(rawValue: raw) else { throw DomainError.unreadable("\(table).\(column)") }
    return value
}
