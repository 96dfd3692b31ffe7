using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Rectification.Items;
using CampaignPlatform.Modules.Rectification.Meetings;

namespace CampaignPlatform.Modules.Rectification;

/// <summary>The Rectification endpoints' request and answer contracts, generated at build rather than made by reflection at start-up (<c>JsonContractTests</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ClaimItem))]
[JsonSerializable(typeof(CloseItem))]
[JsonSerializable(typeof(FileItem))]
[JsonSerializable(typeof(ItemDetailDto))]
[JsonSerializable(typeof(ItemDto))]
[JsonSerializable(typeof(ItemPage))]
[JsonSerializable(typeof(ListItem))]
[JsonSerializable(typeof(RecordLookback))]
[JsonSerializable(typeof(ReturnItem))]
[JsonSerializable(typeof(SubmitFix))]
[JsonSerializable(typeof(UnlistItem))]
[JsonSerializable(typeof(MeetingDto))]
[JsonSerializable(typeof(RecordMeeting))]
[JsonSerializable(typeof(Paged<CadenceGapDto>))]
[JsonSerializable(typeof(Paged<MeetingDto>))]
internal sealed partial class RectificationJson : JsonSerializerContext;
