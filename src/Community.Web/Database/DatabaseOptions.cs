namespace Community.Web.Database;

/// <summary>Section "Database": how a start treats migrations.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Apply pending migrations at start (the default). Set false where an operator runs the <c>migrate</c> command
    /// before starting the nodes: a start that finds migrations pending then refuses instead of migrating.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// How long a start (or <c>migrate</c>, or <c>restore</c>) waits while another live process migrates, seeds or
    /// restores the same database before giving up with a message. A lock left by a process that died is not waited for.
    /// </summary>
    public int MigrationLockTimeoutSeconds { get; set; } = 300;
}
