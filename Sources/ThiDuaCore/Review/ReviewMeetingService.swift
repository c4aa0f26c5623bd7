import Foundation

extension ReviewService {
    /// Records the meeting as the minutes will show it. Next year's head and deputy, when given, are written into
    /// the bloc's membership of the next year (copied from this year's members if it has none yet).
    public func recordMeeting(bloc: UUID, year: Int, _ meeting: ReviewMeeting, version: Int) async throws
        -> BlocReview
    {
        guard access.runs(bloc: bloc) else { throw DomainError.forbidden }
        return try await inTransaction { s in
            var review = try await Self.current(s.store, bloc: bloc, year: year)
            guard review.version == version else { throw DomainError.staleVersion("Cuộc tổng kết của khối") }
            let members = try await s.store.blocs.members(of: bloc, year: year).filter(\.membership.confirmed)
            review.meeting = try meeting.validated(members: Set(members.map(\.unit.id)))
            try await s.writeNextYear(bloc: bloc, year: year + 1, members: members, meeting: review.meeting!)
            if version == 0 {
                review.version = 1
                try await s.store.blocReviews.insert(review)
                return review
            }
            return try await s.store.blocReviews.update(review)
        }
    }

    func writeNextYear(bloc: UUID, year: Int, members: [BlocMember], meeting: ReviewMeeting) async throws {
        guard meeting.nextHead != nil || meeting.nextDeputy != nil else { return }
        try BlocMembership.validateYear(year)
        var next = try await store.blocs.members(of: bloc, year: year)
        if next.isEmpty {
            for m in members {
                try await store.blocs.save(BlocMembership(blocID: bloc, unitID: m.unit.id, year: year))
            }
            next = try await store.blocs.members(of: bloc, year: year)
        }
        for (unit, role) in [(meeting.nextHead, BlocMembership.Role.head), (meeting.nextDeputy, .deputyHead)] {
            guard let unit else { continue }
            for other in next where other.membership.role == role && other.unit.id != unit {
                var demoted = other.membership
                demoted.role = .member
                try await store.blocs.save(demoted)
            }
            var m =
                try await store.blocs.membership(bloc: bloc, unit: unit, year: year)
                ?? BlocMembership(blocID: bloc, unitID: unit, year: year)
            m.role = role
            try await store.blocs.save(m)
        }
    }
}
