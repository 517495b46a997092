namespace Community.Web.Hosting;

/// <summary>Every message the web host writes to the log, in one place (source-generated: nothing is formatted when the level is off).</summary>
internal static partial class WebLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The configured admin could not be created: {Errors}")]
    public static partial void AdminNotCreated(this ILogger log, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Display-name skeletons recomputed for {Count} members (the look-alike rule or the system's confusables data changed)")]
    public static partial void NameSkeletonsRefreshed(this ILogger log, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail for {Recipient} written to the pickup folder")]
    public static partial void MailPickedUp(this ILogger log, string recipient);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo sign-in (Development only, password from Demo:StaffPassword): {Accounts}")]
    public static partial void DemoSignIn(this ILogger log, string accounts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in (locked out: {LockedOut})")]
    public static partial void SignInFailed(this ILogger log, bool lockedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed second sign-in step (locked out: {LockedOut})")]
    public static partial void SecondStepFailed(this ILogger log, bool lockedOut);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Two-factor set-up failed: wrong code")]
    public static partial void TwoFactorSetUpFailed(this ILogger log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live update could not be pushed")]
    public static partial void LivePushFailed(this ILogger log, Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live connection refused: Origin {Origin} is not this site ({RequestOrigin}), Accounts:PublicBaseUrl or Realtime:AllowedOrigins")]
    public static partial void HubOriginRefused(this ILogger log, string origin, string requestOrigin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Vote fraud scan recorded {Cases} cases and reversed {Entries} ledger entries")]
    public static partial void VoteFraudScanned(this ILogger log, int cases, int entries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Vote fraud scan failed; the next one runs in {Minutes} minutes")]
    public static partial void VoteFraudScanFailed(this ILogger log, Exception failure, int minutes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {Job}: this period's run belongs to node {Node}")]
    public static partial void JobRunsElsewhere(this ILogger log, string job, string? node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Job}: Redis did not answer, so the run could not be claimed")]
    public static partial void JobClaimFailed(this ILogger log, Exception failure, string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Advocacy roll-up: {Members} members, {Moves} stage moves in {Milliseconds} ms")]
    public static partial void AdvocacyRolledUp(this ILogger log, int members, int moves, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Advocacy roll-up failed; the next tick tries again")]
    public static partial void AdvocacyRollUpFailed(this ILogger log, Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A minute of anonymous visit counts could not be saved")]
    public static partial void AnonymousVisitsNotSaved(this ILogger log, Exception failure);
}
