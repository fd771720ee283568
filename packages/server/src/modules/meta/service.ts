// The rules the UI needs to mirror (so it never copies them): names, tree shape, roles, password policy.
import { roleNames, roleOrgKinds, rolePermissions } from '../../platform/access.ts';
import type { Services } from '../../platform/services.ts';
import { allowedParents, orgKindNames } from '../orgs/schema.ts';
import { cardStatusNames, memberCategoryNames } from '../members/schema.ts';

export function meta(s: Services) {
  return {
    orgKinds: Object.entries(orgKindNames).map(([code, name]) => ({ code, name, allowedParents: allowedParents[code as keyof typeof allowedParents] })),
    roles: Object.entries(roleNames).map(([code, name]) => ({
      code,
      name,
      orgKinds: roleOrgKinds[code as keyof typeof roleOrgKinds],
      permissions: rolePermissions[code as keyof typeof rolePermissions],
    })),
    memberCategories: Object.entries(memberCategoryNames).map(([code, name]) => ({ code, name })),
    cardStatuses: Object.entries(cardStatusNames).map(([code, name]) => ({ code, name })),
    passwordPolicy:
      s.config.passwordPolicy === 'mlps'
        ? {
            code: 'mlps' as const,
            text: {
              zh: '至少8位，包含大写字母、小写字母、数字、符号中的三类',
              en: 'At least 8 characters from three of: upper case, lower case, digits, symbols',
            },
          }
        : { code: 'asvs' as const, text: { zh: '至少12位', en: 'At least 12 characters' } },
    session: { idleMinutes: s.config.sessionIdleMinutes, absoluteHours: s.config.sessionAbsoluteHours },
  };
}
