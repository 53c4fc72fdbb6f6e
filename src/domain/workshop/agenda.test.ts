import { describe, expect, it } from 'vitest';
import { WORKSHOP_STEPS, workshopSchema, type Workshop } from '../schema/workshop';
import {
  elapsedSeconds,
  endWorkshop,
  goToStep,
  newAgenda,
  pauseWorkshop,
  plannedTotalMinutes,
  planStep,
  timerOf,
} from './agenda';

const T0 = '2026-03-02T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

function aWorkshop(): Workshop {
  return workshopSchema.parse({
    id: 'wk',
    workspaceId: 'ws',
    startedAt: T0,
    current: 0,
    agenda: newAgenda(),
    updatedAt: T0,
  });
}

describe('agenda', () => {
  it('plans the eight steps in the order of the workshop, a half day (3 h 30) in all', () => {
    const agenda = newAgenda();
    expect(agenda.map((s) => s.step)).toEqual([...WORKSHOP_STEPS]);
    // 20 + 25 + 25 + 30 + 25 + 35 + 30 + 20 = 210 minutes
    expect(plannedTotalMinutes(agenda)).toBe(210);
    expect(agenda.every((s) => s.spentSeconds === 0 && s.runningSince === null)).toBe(true);
  });

  it('counts the time of the current step only, and keeps it when moving on', () => {
    let w = goToStep(aWorkshop(), 0, T0);
    expect(elapsedSeconds(w.agenda[0]!, at(90))).toBe(90);
    w = goToStep(w, 1, at(600)); // 10 minutes on framing
    expect(w.current).toBe(1);
    expect(w.agenda[0]).toMatchObject({ spentSeconds: 600, runningSince: null });
    expect(w.agenda[1]!.runningSince).toBe(at(600));
    // back to framing 5 minutes later: its time resumes from 10 minutes
    w = goToStep(w, 0, at(900));
    expect(w.agenda[1]!.spentSeconds).toBe(300);
    expect(elapsedSeconds(w.agenda[0]!, at(960))).toBe(660);
  });

  it('clamps a step index outside the agenda', () => {
    expect(goToStep(aWorkshop(), 12, T0).current).toBe(7);
    expect(goToStep(aWorkshop(), -1, T0).current).toBe(0);
  });

  it('warns quietly in the last two minutes and says when the planned time is over', () => {
    const w = goToStep(aWorkshop(), 0, T0); // framing planned 20 min = 1200 s
    expect(timerOf(w.agenda[0]!, at(1000))).toEqual({
      phase: 'running',
      elapsedSeconds: 1000,
      remainingSeconds: 200,
    });
    expect(timerOf(w.agenda[0]!, at(1080)).phase).toBe('warning'); // 120 s left
    expect(timerOf(w.agenda[0]!, at(1200)).phase).toBe('over');
    expect(timerOf(w.agenda[0]!, at(1300)).remainingSeconds).toBe(-100);
  });

  it('stops and resumes where it was, another day', () => {
    let w = goToStep(aWorkshop(), 3, T0);
    w = pauseWorkshop(w, at(300));
    expect(w.agenda[3]).toMatchObject({ spentSeconds: 300, runningSince: null });
    expect(timerOf(w.agenda[3]!, at(86400)).phase).toBe('stopped');
    expect(elapsedSeconds(w.agenda[3]!, at(86400))).toBe(300);
    w = goToStep(w, w.current, at(86400));
    expect(elapsedSeconds(w.agenda[3]!, at(86460))).toBe(360);
  });

  it('edits a planned duration, and ends with every timer stopped', () => {
    let w = planStep(goToStep(aWorkshop(), 5, T0), 'score', 50, T0);
    expect(w.agenda[5]!.plannedMinutes).toBe(50);
    w = endWorkshop(w, at(120));
    expect(w.endedAt).toBe(at(120));
    expect(w.agenda[5]).toMatchObject({ spentSeconds: 120, runningSince: null });
    expect(workshopSchema.safeParse(w).success).toBe(true);
  });

  it('refuses an agenda whose steps are not the eight in order', () => {
    const agenda = newAgenda();
    const swapped = [agenda[1], agenda[0], ...agenda.slice(2)];
    expect(workshopSchema.safeParse({ ...aWorkshop(), agenda: swapped }).success).toBe(false);
    expect(workshopSchema.safeParse({ ...aWorkshop(), agenda: agenda.slice(1) }).success).toBe(
      false,
    );
  });
});
