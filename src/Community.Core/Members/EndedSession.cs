namespace Community.Core.Members;

/// <summary>A signed-in session the member ended by logging out; a saved copy of its cookie must not work again.</summary>
public sealed class EndedSession
{
    public required string Id { get; init; }
    public DateTime EndedAt { get; init; }
}
