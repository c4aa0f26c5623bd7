import Foundation

/// Who cross-scores whom (phân công chấm chéo): every member unit is scored by `perUnit` others and scores as
/// many, never itself; two units score each other only when the bloc is too small to avoid it.
public enum ReviewerAssignment {
    /// Reviewed unit → its reviewers. The units are shuffled by `seed` first, so that neighbours in a list are not
    /// always paired; then unit i is reviewed by the units 1…k places after it in that order (a circle). Shifts of
    /// 1…k never make a pair mutual while 2k < n.
    public static func balanced(_ units: [UUID], perUnit: Int, seed: UInt64) -> [UUID: [UUID]] {
        let n = units.count
        let k = max(0, min(perUnit, n - 1))
        guard n > 1, k > 0 else { return [:] }
        var rng = SplitMix64(seed: seed)
        var order = units.sorted { $0.uuidString < $1.uuidString }
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        var out: [UUID: [UUID]] = [:]
        for (i, unit) in order.enumerated() {
            out[unit] = (1...k).map { order[(i + $0) % n] }
        }
        return out
    }

    /// Pairs that score each other.
    public static func mutualPairs(_ assignment: [UUID: [UUID]]) -> Int {
        var n = 0
        for (unit, reviewers) in assignment {
            for r in reviewers where assignment[r]?.contains(unit) == true && unit.uuidString < r.uuidString { n += 1 }
        }
        return n
    }
}
