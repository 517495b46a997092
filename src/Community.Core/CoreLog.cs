using Microsoft.Extensions.Logging;

namespace Community.Core;

/// <summary>Every message Core writes to the log, in one place (source-generated: nothing is formatted when the level is off).</summary>
internal static partial class CoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data in {ElapsedMs:F0} ms: {Members} members, {Products} products, {Tags} tags, {Questions} questions, {Answers} answers, {Comments} comments, {Votes} votes")]
    public static partial void DemoSeeded(this ILogger log, double elapsedMs, int members, int products, int tags, int questions, int answers, int comments, int votes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vote fraud case {CaseId}: {Kind} among members {Members}, {Votes} upvotes, {Reversed} ledger entries reversed")]
    public static partial void VoteFraudFound(this ILogger log, long caseId, string kind, string members, int votes, int reversed);
}
