using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Core.Reputation;

/// <summary>The votes behind a <see cref="VoteFraudCase"/>, stored with it as JSON so the case reads the same after votes change.</summary>
public sealed record VoteFraudEvidence(IReadOnlyList<VoteFact> Votes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DateTime? FirstVoteAt => Votes.Count == 0 ? null : Votes.Min(v => v.CreatedAt);
    public DateTime? LastVoteAt => Votes.Count == 0 ? null : Votes.Max(v => v.CreatedAt);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static VoteFraudEvidence FromJson(string json) =>
        JsonSerializer.Deserialize<VoteFraudEvidence>(json, Json) ?? new VoteFraudEvidence([]);
}
