export { defineSetting, type AnySetting, type SettingDefinition } from './setting-definition';
export { choiceField, intField, moneyField, SettingFieldKind, type SettingField } from './setting-fields';
export { PLATFORM_SCOPE, readSetting } from './read-setting';
export { PlatformSettingRecord } from './platform-setting.entity';
export { SettingsResolver } from './settings.resolver';
export { SettingsService, problemsOf } from './settings.service';
export { PlatformSetting, UpdatePlatformSettingInput } from './settings.types';
