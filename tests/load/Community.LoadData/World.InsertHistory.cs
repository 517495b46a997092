using System.Globalization;

sealed partial class World
{
    /// <summary>Reviews, ideas, the ledger and visits (BuildHistory), in the columns and text formats EF Core writes.</summary>
    private void InsertHistory(Sql sql)
    {
        sql.Insert("Reviews",
            ["Id", "ProductId", "AuthorId", "Rating", "Title", "BodyMarkdown", "BodyHtml", "Pros", "Cons", "CreatedAt", "EditedAt", "IsDeleted",
             "HelpfulCount", "BrandResponse", "BrandResponseHtml", "BrandResponderId", "BrandRespondedAt"],
            _reviews.Select((r, i) =>
            {
                var body = ReviewBody(r);
                var text = HistoryTexts.Reviews[r.Text];
                return new object?[]
                {
                    i + 1, r.ProductId, r.AuthorId, r.Rating, body.Title, body.Markdown, body.Html, text.Pros, text.Cons, Time(r.CreatedAt), null, 0,
                    r.HelpfulCount, r.Response is { } n ? HistoryTexts.ReviewResponses[n] : null, r.Response is { } h ? _responseHtml[h] : null,
                    r.ResponderId, r.RespondedAt is { } at ? Time(at) : null,
                };
            }));
        sql.Insert("ReviewVotes", ["ReviewId", "VoterId", "CreatedAt"], _reviewVotes.Select(v => new object?[] { v.ReviewId, v.VoterId, Time(v.At) }));

        sql.Insert("Ideas",
            ["Id", "Title", "DescriptionMarkdown", "DescriptionHtml", "DescriptionText", "AuthorId", "ProductId", "Status", "CreatedAt", "StatusChangedAt",
             "VoteCount", "WeightedVotes", "CommentCount", "ResponseDueAt", "FirstBrandResponseAt", "DeliveredAt", "ReleaseNoteUrl", "DuplicateOfId",
             "FromQuestionId", "SubmissionId", "IsDeleted"],
            _ideas.Select((idea, i) =>
            {
                var body = _ideaBodies[idea.Text];
                return new object?[]
                {
                    i + 1, idea.Title, body.Markdown, body.Html, body.Text, idea.AuthorId, idea.ProductId, idea.Status.ToString(), Time(idea.CreatedAt),
                    Time(idea.StatusChangedAt), idea.VoteCount, (double)idea.WeightedVotes, 0, Time(idea.ResponseDueAt), Time(idea.FirstResponseAt),
                    Time(idea.DeliveredAt), idea.DeliveredAt is null ? null : $"https://example.com/release-notes/idea-{i + 1}", null, null, idea.Guid, 0,
                };
            }));
        sql.Insert("IdeaVotes", ["IdeaId", "VoterId", "Weight", "CreatedAt"],
            _ideaVotes.Select(v => new object?[] { v.IdeaId, v.VoterId, (double)v.Weight, Time(v.At) }));
        // VoteIdea: every voter follows the idea.
        sql.Insert("IdeaFollowers", ["IdeaId", "MemberId"], _ideaVotes.Select(v => new object?[] { v.IdeaId, v.VoterId }));
        sql.Insert("IdeaStatusChanges", ["Id", "IdeaId", "From", "To", "MessageMarkdown", "MessageHtml", "ChangedById", "DuplicateOfId", "CreatedAt"],
            _ideaChanges.Select((c, i) => new object?[] { i + 1, c.IdeaId, c.From.ToString(), c.To.ToString(), c.Message, _messageHtml[c.Message], c.ChangedById, null, Time(c.At) }));

        sql.WithoutIndexes("ReputationEntries", () => sql.Insert("ReputationEntries",
            ["Id", "MemberId", "Reason", "Reputation", "Points", "Source", "PostKind", "PostId", "ActorId", "ReversesEntryId", "CreatedAt"],
            _ledger.Select((l, i) => new object?[]
            {
                i + 1, l.Earning.MemberId, l.Earning.Reason.ToString(), l.Applied.Reputation, l.Applied.Points, l.Earning.Source,
                (int?)l.Earning.Kind, l.Earning.PostId, l.Earning.ActorId, null, Time(l.Earning.At),
            }), batch: 200_000));
        sql.Insert("MemberVisits", ["MemberId", "Day"],
            _visits.Select(v => new object?[] { v.MemberId, v.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }), batch: 500_000);
    }

    private static string? Time(DateTime? value) => value is { } v ? Time(v) : null;
}
