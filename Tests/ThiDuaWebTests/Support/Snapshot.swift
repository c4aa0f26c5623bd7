import Foundation
import Testing

/// Compares rendered HTML with a file in `__Snapshots__`. A missing file is written (and the test fails,
/// so a new snapshot is always looked at once); `RECORD_SNAPSHOTS=1` rewrites them all.
func expectSnapshot(
    _ html: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent("\(name).html")
    // One element a line, so a diff shows what changed.
    let pretty = html.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try pretty.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("snapshot \(name) recorded; check it and run again", sourceLocation: sourceLocation)
        return
    }
    #expect(
        pretty == expected, "snapshot \(name) differs; rerun with RECORD_SNAPSHOTS=1 if the change is intended",
        sourceLocation: sourceLocation)
}
