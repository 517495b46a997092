using Community.Core.Content;

namespace Community.Core.Uploads;

/// <summary>
/// A post that shows an upload: a question, answer, review or idea (an idea's comments and status messages count as the
/// idea). Who may fetch an image follows from where it is shown, so a picture in a private space stays in that space.
/// </summary>
public class UploadUse
{
    public long Id { get; internal set; }
    public Guid UploadId { get; internal set; }
    public PostKind PostKind { get; internal set; }
    public int PostId { get; internal set; }
}
