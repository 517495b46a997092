namespace Community.Web.Refusals;

/// <summary>
/// A page whose form is shown again when a rule refuses it, the reason next to what it concerns. Pages without it
/// answer a refusal with the shared "refused" view and a way back.
/// </summary>
public interface IShowsRefusalsOnPage
{
    /// <summary>Where the reason stands: a field's model-state key (<c>Input.Title</c>), or "" above the form.</summary>
    string RefusalKey(string messageKey, IFormCollection? sent) => RefusalFields.For(messageKey, "Input", sent);

    /// <summary>Loads what the page shows around the form again; false when the thing itself is gone (404).</summary>
    Task<bool> ReloadAfterRefusalAsync(CancellationToken ct);
}

/// <summary>An endpoint read by scripts (the Markdown preview): a refusal comes back as its plain message.</summary>
public interface IAnswersRefusalsAsText;
