import FluentKit

/// Every migration, in order. The same list runs on SQLite and PostgreSQL.
public enum ThiDuaMigrations {
    public static var all: [any Migration] {
        [
            CreateOrgUnit(),
            CreateBloc(),
            CreateBlocMembership(),
            CreatePerson(),
            CreateAccount(),
            CreateSignInTables(),
            CreateHistoryEntry(),
            CreateAuditEvent(),
            CreateOrganizationSetting(),
            CreateMovementTables(),
            AddMembershipConfirmation(),
            CreateAuditCheckpoint(),
            AuditSeededAnniversaries(),
            CreateHistoryWithdrawal(),
            RenameSeededAnniversaries(),
            CreateNumberCounters(),
            AddSettingSchema(),
            AddPersonCategory(),
            CreateReviewCriteria(),
            CreateBallotTables(),
            CreateReviewScoringTables(),
        ]
    }
}
