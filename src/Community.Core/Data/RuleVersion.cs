namespace Community.Core.Data;

/// <summary>Which version of a rule the stored data was derived with, so start-up redoes the work only when it changed.</summary>
public sealed class RuleVersion
{
    public required string Name { get; init; }
    public required string Version { get; set; }
}
