namespace Community.Web.Realtime;

/// <summary>
/// A hub method that only reads (joins or leaves a live group), so a connection without a page's antiforgery token
/// may call it. Every other hub method is a write and needs one (<see cref="HubAntiforgery"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ReadsOnlyAttribute : Attribute;
