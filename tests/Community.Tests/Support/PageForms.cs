using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Community.Tests.Support;

/// <summary>
/// Submits a form the way a browser does from the page a person sees: GET the page, find the form, send
/// exactly its fields (its own antiforgery token, hidden inputs, defaults) with what the person typed over them.
/// A form that lacks its token or posts somewhere broken fails here as it fails for people.
/// </summary>
public static class PageForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The forms of a page, parsed, after following redirects as a browser does; <c>Url</c> is where it landed.</summary>
    public static async Task<(IReadOnlyList<IHtmlFormElement> Forms, string Html, string Url)> FormsOnAsync(this HttpClient client, string pageUrl)
    {
        var url = new Uri(client.BaseAddress!, pageUrl);
        var response = await client.GetAsync(url);
        for (var hop = 0; hop < 5 && response.Headers.Location is { } location; hop++)
        {
            url = new Uri(url, location);
            response = await client.GetAsync(url);
        }
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}");
        return (Parser.ParseDocument(html).Forms.OfType<IHtmlFormElement>().ToList(), html, url.PathAndQuery);
    }

    /// <summary>Finds the form whose submit button reads <paramref name="button"/> and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, string button, params (string Name, string Value)[] typed)
    {
        var (forms, _, landed) = await client.FormsOnAsync(pageUrl);
        var form = forms.FirstOrDefault(f => SubmitButtons(f).Any(b => ButtonText(b) == button))
            ?? throw new InvalidOperationException($"No form with a \"{button}\" button on {pageUrl}: {string.Join(", ", forms.SelectMany(SubmitButtons).Select(ButtonText))}");
        var pressed = SubmitButtons(form).First(b => ButtonText(b) == button);
        return await client.SubmitAsync(landed, form, pressed, typed);
    }

    /// <summary>Finds the first form <paramref name="pick"/> accepts (e.g. by its action) and submits it with its first button.</summary>
    public static async Task<HttpResponseMessage> SubmitWhereAsync(this HttpClient client, string pageUrl, Func<IHtmlFormElement, bool> pick, params (string Name, string Value)[] typed)
    {
        var (forms, _, landed) = await client.FormsOnAsync(pageUrl);
        var form = forms.FirstOrDefault(pick) ?? throw new InvalidOperationException($"No such form on {pageUrl}: {string.Join(", ", forms.Select(f => f.GetAttribute("action")))}");
        return await client.SubmitAsync(landed, form, SubmitButtons(form).FirstOrDefault(), typed);
    }

    /// <summary>Finds the first form <paramref name="pick"/> accepts, lets <paramref name="fill"/> set it up as a person would (tick, untick, type), and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitWhereAsync(this HttpClient client, string pageUrl, Func<IHtmlFormElement, bool> pick, Action<IHtmlFormElement> fill)
    {
        var (forms, _, landed) = await client.FormsOnAsync(pageUrl);
        var form = forms.FirstOrDefault(pick) ?? throw new InvalidOperationException($"No such form on {pageUrl}");
        fill(form);
        return await client.SubmitAsync(landed, form, SubmitButtons(form).FirstOrDefault());
    }

    /// <summary>Ticks or unticks the checkbox named <paramref name="name"/> in <paramref name="form"/>.</summary>
    public static void Tick(this IHtmlFormElement form, string name, bool on = true) =>
        (form.QuerySelector($"input[type=checkbox][name='{name}']") as IHtmlInputElement ?? throw new InvalidOperationException($"No checkbox {name}")).IsChecked = on;

    /// <summary>A form holding a hidden <paramref name="name"/> with <paramref name="value"/> (e.g. the row of one member).</summary>
    public static Func<IHtmlFormElement, bool> Holding(string name, string value) =>
        form => form.QuerySelector($"input[type=hidden][name='{name}']") is IHtmlInputElement input && input.Value == value;

    /// <summary>Both conditions: e.g. the Edit form of one item.</summary>
    public static Func<IHtmlFormElement, bool> And(this Func<IHtmlFormElement, bool> first, Func<IHtmlFormElement, bool> second) =>
        form => first(form) && second(form);

    /// <summary>A form posting to an action that contains <paramref name="fragment"/> (e.g. "handler=Lock").</summary>
    public static Func<IHtmlFormElement, bool> Posting(string fragment) =>
        form => (form.GetAttribute("action") ?? "").Contains(fragment, StringComparison.OrdinalIgnoreCase);

    /// <summary>Submits the multipart form whose button reads <paramref name="button"/> with a file chosen for <paramref name="fileField"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFileAsync(this HttpClient client, string pageUrl, string button, string fileField, string fileName, byte[] content,
        params (string Name, string Value)[] typed)
    {
        var (forms, _, landed) = await client.FormsOnAsync(pageUrl);
        var form = forms.First(f => SubmitButtons(f).Any(b => ButtonText(b) == button) && f.QuerySelector($"input[type=file][name='{fileField}']") is not null);
        var fields = FieldsOf(form, SubmitButtons(form).First(b => ButtonText(b) == button));
        foreach (var (name, value) in typed)
        {
            if (!form.Elements.Any(e => e.GetAttribute("name") == name)) throw new InvalidOperationException($"The form has no field \"{name}\"");
            fields.RemoveAll(f => f.Name == name);
            fields.Add((name, value));
        }
        var multipart = Multipart(fields);
        multipart.Add(new ByteArrayContent(content), fileField, fileName);
        return await client.PostAsync(new Uri(new Uri(client.BaseAddress!, landed), form.GetAttribute("action") ?? landed), multipart);
    }

    /// <summary>Submits <paramref name="form"/> (found on <paramref name="pageUrl"/>) with <paramref name="pressed"/> as the clicked button.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IHtmlFormElement form, IElement? pressed, params (string Name, string Value)[] typed)
    {
        var fields = FieldsOf(form, pressed);
        foreach (var (name, value) in typed)
        {
            if (!form.Elements.Any(e => e.GetAttribute("name") == name)) throw new InvalidOperationException($"The form has no field \"{name}\": {string.Join(", ", fields.Select(f => f.Name))}");
            fields.RemoveAll(f => f.Name == name);
            fields.Add((name, value));
        }
        // Like a browser: the pressed button's formaction (asp-page-handler on a button) wins over the form's action.
        var target = pressed?.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction : form.GetAttribute("action");
        var action = new Uri(new Uri(client.BaseAddress!, pageUrl), string.IsNullOrEmpty(target) ? pageUrl : target);
        HttpContent content = form.Enctype == "multipart/form-data"
            ? Multipart(fields)
            : new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(action, content);
    }

    /// <summary>Follows redirects like a browser (a few hops) and returns the page it lands on: status, decoded text, path.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, string Html, string Url)> FollowAsync(this HttpClient client, HttpResponseMessage redirect)
    {
        var response = redirect;
        var target = client.BaseAddress!;
        for (var hop = 0; hop < 5 && response.Headers.Location is { } location; hop++)
        {
            target = location.IsAbsoluteUri ? location : new Uri(target, location);
            response = await client.GetAsync(target);
        }
        if (ReferenceEquals(response, redirect)) throw new InvalidOperationException($"Expected a redirect, got {(int)redirect.StatusCode}");
        return (response.StatusCode, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), target.PathAndQuery);
    }

    /// <summary>The messages a page shows a person about what went wrong (alerts and field errors), for assertion messages.</summary>
    public static string MessagesOn(string html) => string.Join(" | ", Parser.ParseDocument(html)
        .QuerySelectorAll("[role=alert], .text-danger, .alert, .validation-summary-errors")
        .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct());

    public static IEnumerable<IElement> SubmitButtons(IHtmlFormElement form) =>
        form.QuerySelectorAll("button, input[type=submit]").Where(b => (b.GetAttribute("type") ?? "submit") == "submit");

    public static string ButtonText(IElement button) =>
        (button.GetAttribute("aria-label") ?? (button is IHtmlInputElement input ? input.Value : button.TextContent)).Trim();

    /// <summary>What the browser would send: enabled named controls, checked boxes only, the selected (or first) option, the pressed button.</summary>
    public static List<(string Name, string Value)> FieldsOf(IHtmlFormElement form, IElement? pressed)
    {
        var fields = new List<(string Name, string Value)>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled")) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) fields.Add((name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add((name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (option is not null) fields.Add((name, option.Value));
                    break;
            }
        }
        if (pressed?.GetAttribute("name") is { Length: > 0 } buttonName) fields.Add((buttonName, pressed.GetAttribute("value") ?? ""));
        return fields;
    }

    private static MultipartFormDataContent Multipart(IEnumerable<(string Name, string Value)> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        return content;
    }
}
