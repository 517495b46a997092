namespace Community.Core.Content;

/// <param name="Html">Sanitised HTML, safe to write into a page as is.</param>
/// <param name="Text">Plain text for search and snippets.</param>
public sealed record RenderedMarkdown(string Html, string Text);
