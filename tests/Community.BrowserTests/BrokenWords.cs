using Microsoft.Playwright;

namespace Community.BrowserTests;

/// <summary>Words split over two lines: what a too-narrow box does to a label ("Filte|r", "Weigh|ted").</summary>
public static class BrokenWords
{
    /// <summary>Each visible word (between spaces) inside the selector's elements whose letters lie on more than one line,
    /// with the element's label so a failure says where.</summary>
    private const string Script = """
        (selector) => [...document.querySelectorAll(selector)].filter(el => el.checkVisibility()).flatMap(root => {
          const broken = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            if (text.parentElement.closest('.visually-hidden')) continue;
            for (const match of text.data.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (tops.size > 1) broken.push(`“${match[0]}” in “${root.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)}”`);
            }
          }
          return broken;
        })
        """;

    public static Task<string[]> InAsync(IPage page, string selector) => page.EvaluateAsync<string[]>(Script, selector);
}
