// Linking's pure logic: the relations RELATION_RULES allows between two kinds in either direction, the
// properties each relation takes, the POST /api/links body, and the plan of each link prompt.
import { describe, expect, it } from 'vitest';
import {
  choiceKey,
  linkableKinds,
  linkBody,
  linkPlan,
  linkProperties,
  relationChoices,
} from '../../client/src/features/contribute/linking';
import { createLinkSchema } from '../../shared/links';
import { KINDS, RELATION_RULES } from '../../shared/vocabulary';

const keys = (from: Parameters<typeof relationChoices>[0], other: Parameters<typeof relationChoices>[1]) =>
  relationChoices(from, other).map(choiceKey);

describe('relationChoices', () => {
  it('offers each allowed relation in both directions, outgoing first', () => {
    expect(keys('Question', 'Question')).toEqual([
      'REFINES:out',
      'REFRAMES:out',
      'CHALLENGES:out',
      'PRESUPPOSES:out',
      'ECHOES:out',
      'REFINES:in',
      'REFRAMES:in',
      'CHALLENGES:in',
      'PRESUPPOSES:in',
      'ECHOES:in',
    ]);
    expect(keys('Question', 'Seed')).toEqual(['EXPLORED_IN:out', 'GROWS_FROM:in']);
    expect(keys('Seed', 'Question')).toEqual(['GROWS_FROM:out', 'EXPLORED_IN:in']);
    expect(keys('Person', 'Seed')).toEqual(['HAS_ROLE:out', 'RESOURCE_PERSON_FOR:out']);
    expect(keys('Community', 'Person')).toEqual(['MEMBER_OF:in', 'ANIMATES:in']);
    expect(keys('Resource', 'Question')).toEqual(['INFORMS:out', 'PROMPTED:out']);
  });

  it('offers nothing between kinds no relation joins', () => {
    expect(keys('Person', 'Person')).toEqual([]);
    expect(keys('Resource', 'Community')).toEqual([]);
    expect(linkableKinds('Resource')).toEqual(['Question', 'Seed']);
  });

  it('never offers a relation the server would refuse for the two kinds', () => {
    for (const from of KINDS)
      for (const other of KINDS)
        for (const { relation, forward } of relationChoices(from, other)) {
          const [source, target] = forward ? [from, other] : [other, from];
          const rule: { source: readonly string[]; target: readonly string[] } = RELATION_RULES[relation];
          expect(
            rule.source.includes(source) && rule.target.includes(target),
            `${relation} ${source}→${target}`,
          ).toBe(true);
        }
  });
});

describe('linkBody', () => {
  it('puts the node at the source of an outgoing choice and at the target of an incoming one', () => {
    expect(linkBody('q1', 'q2', { relation: 'REFINES', forward: true })).toEqual({
      source: 'q1',
      target: 'q2',
      relation: 'REFINES',
    });
    expect(
      linkBody(
        'seed',
        'p1',
        { relation: 'HAS_ROLE', forward: false },
        { role: 'animator', stance: 'supports' },
      ),
    ).toEqual({
      source: 'p1',
      target: 'seed',
      relation: 'HAS_ROLE',
      properties: { role: 'animator' },
    });
  });

  it('keeps only the properties a relation takes, and passes the shared link schema', () => {
    expect(linkProperties('INFORMS', { stance: '' })).toEqual({});
    expect(linkProperties('TAKES_STANCE', { stance: 'nuances', statement: '  Oui, mais…  ' })).toEqual({
      stance: 'nuances',
      statement: 'Oui, mais…',
    });
    expect(linkProperties('GATHERS', { featured: true, role: 'member' })).toEqual({ featured: true });
    expect(linkProperties('ECHOES', { stance: 'supports' })).toBeUndefined();
    const body = linkBody('res', 'q', { relation: 'INFORMS', forward: true }, { stance: 'challenges' });
    expect(createLinkSchema.safeParse(body).success).toBe(true);
    expect(
      createLinkSchema.safeParse(linkBody('c', 's', { relation: 'GATHERS', forward: true }, {})).success,
    ).toBe(true);
  });
});

describe('linkPlan', () => {
  it('proposes people for a seed or a community with the right relation', () => {
    expect(linkPlan('propose-animator', 'Seed')).toEqual({
      anchor: 'node',
      choice: { relation: 'HAS_ROLE', forward: false },
      kinds: ['Person'],
      otherIsNode: false,
      fixed: { role: 'animator' },
    });
    expect(linkPlan('propose-animator', 'Community')?.choice).toEqual({
      relation: 'ANIMATES',
      forward: false,
    });
    expect(linkPlan('propose-resource-person', 'Seed')?.choice).toEqual({
      relation: 'RESOURCE_PERSON_FOR',
      forward: false,
    });
    expect(linkPlan('propose-community', 'Seed')).toMatchObject({
      kinds: ['Community'],
      choice: { relation: 'GATHERS', forward: false },
    });
    expect(linkPlan('gather-seed', 'Community')).toMatchObject({
      kinds: ['Seed'],
      choice: { relation: 'GATHERS', forward: true },
    });
    expect(linkPlan('link-resource', 'Resource')).toMatchObject({
      kinds: ['Question', 'Seed'],
      choice: { relation: 'INFORMS' },
    });
  });

  it('links me to the node itself when it fits, else to a node searched among the right kind', () => {
    expect(linkPlan('join-community', 'Community')).toMatchObject({
      anchor: 'me',
      otherIsNode: true,
      choice: { relation: 'MEMBER_OF', forward: true },
    });
    expect(linkPlan('join-seed', 'Person')).toMatchObject({
      anchor: 'me',
      otherIsNode: false,
      kinds: ['Seed'],
      fixed: { role: 'contributor' },
    });
    expect(linkPlan('join-seed', 'Seed')).toMatchObject({ otherIsNode: true, kinds: ['Seed'] });
    expect(linkPlan('add-asker', 'Question')).toMatchObject({
      anchor: 'me',
      otherIsNode: true,
      choice: { relation: 'ASKED' },
    });
  });

  it('has no plan for the free link or for a prompt started from a kind it does not fit', () => {
    expect(linkPlan('link-node', 'Seed')).toBeNull();
    expect(linkPlan('gather-seed', 'Seed')).toBeNull();
    expect(linkPlan('link-resource', 'Question')).toBeNull();
  });
});
