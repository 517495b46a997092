using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.OutputCaching;

namespace Community.Web.Performance;

/// <summary>
/// A question and its answers as rendered for a plain member — signed in, not staff, neither the asker nor an answerer
/// here — kept so the next plain member is served the same markup instead of every answer, comment and form being
/// read and rendered afresh. What differs between such members is in the key (language, whether they may comment
/// anywhere, their own votes on the page); their antiforgery token is swapped in when served (<see cref="TokenSlot"/>).
/// Kept in the output-cache store under the question's tags, so every change that evicts a visitor's copy of the page
/// evicts these too, on every node when the store is Redis; the visitors' time limit bounds what no event announces.
/// </summary>
public sealed class SharedThreadCache(IOutputCacheStore store)
{
    public static string Key(int questionId, bool commentsAnywhere, IReadOnlyDictionary<(Core.Content.PostKind Kind, int PostId), int> myVotes)
    {
        var key = new StringBuilder(64).Append(CultureInfo.InvariantCulture, $"thread:{questionId}:{CultureInfo.CurrentUICulture.Name}:{(commentsAnywhere ? 'c' : '-')}");
        foreach (var ((kind, postId), value) in myVotes.OrderBy(v => v.Key.Kind).ThenBy(v => v.Key.PostId))
            key.Append(CultureInfo.InvariantCulture, $":{(int)kind}.{postId}{(value > 0 ? '+' : '-')}");
        return key.ToString();
    }

    /// <summary>
    /// The question as read when the markup was rendered (a shared page needs no other read of it) and the markup, cut
    /// where each reader's token goes. A page is some 60 KB; kept whole as one string it would be allocated on the
    /// large-object heap on every view, and collecting those dominated the cost of a shared page.
    /// </summary>
    public sealed record Entry(QuestionView Question, IReadOnlyList<string> Pieces)
    {
        /// <summary>The markup with <paramref name="token"/> between the pieces.</summary>
        public IHtmlContent WithToken(string token) => new TokenFilled(Pieces, token);
    }

    /// <returns>The entry, or null.</returns>
    public async Task<Entry?> GetAsync(string key, CancellationToken ct)
    {
        if (await store.GetAsync(key, ct) is not { } stored) return null;
        // The question as one line of JSON, then the markup with a placeholder byte where each token goes.
        var newline = Array.IndexOf(stored, (byte)'\n');
        if (newline < 0 || JsonSerializer.Deserialize<QuestionView>(stored.AsSpan(0, newline)) is not { } question) return null;
        var pieces = new List<string>();
        var rest = stored.AsSpan(newline + 1);
        for (var cut = rest.IndexOf(TokenSlot.Marker); cut >= 0; cut = rest.IndexOf(TokenSlot.Marker))
        {
            pieces.Add(Encoding.UTF8.GetString(rest[..cut]));
            rest = rest[(cut + 1)..];
        }
        pieces.Add(Encoding.UTF8.GetString(rest));
        return new Entry(question, pieces);
    }

    /// <param name="html">The rendered markup with <see cref="TokenSlot.Marker"/> where the renderer's token was.</param>
    public Task SetAsync(string key, QuestionView question, string html)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(question);
        var stored = new byte[json.Length + 1 + Encoding.UTF8.GetByteCount(html)];
        json.CopyTo(stored, 0);
        stored[json.Length] = (byte)'\n';
        Encoding.UTF8.GetBytes(html, stored.AsSpan(json.Length + 1));
        return store.SetAsync(key, stored, [AnonymousPageCache.Tags.Question(question.Id), AnonymousPageCache.Tags.Everything],
            AnonymousPageCache.Lifetime, CancellationToken.None).AsTask();
    }

    private sealed class TokenFilled(IReadOnlyList<string> pieces, string token) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            for (var i = 0; i < pieces.Count; i++)
            {
                if (i > 0) writer.Write(token);
                writer.Write(pieces[i]);
            }
        }
    }
}

/// <summary>
/// Forms in shared markup carry the token of whoever's request rendered it; it is stored as a marker instead and each
/// reader's own token is put in its place when served, so no member ever receives another's token.
/// </summary>
public static class TokenSlot
{
    /// <summary>A control character, which Razor encodes wherever it writes text; see <see cref="Empty"/> for posts' own markup.</summary>
    public const byte Marker = 0x01;

    /// <returns>The markup with the marker for each token; null if the marker already occurs in it (a post's stored
    /// markup is written raw and could carry one), as such a page is not shared.</returns>
    public static string? Empty(string html, string token) =>
        html.Contains('\u0001', StringComparison.Ordinal) ? null : html.Replace(token, "\u0001", StringComparison.Ordinal);
}
